package org.commitmenttracker.notify;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Stores {@link LocalDate}s as ISO-8601 text ({@code 2020-05-31}), as the events carry them: a deadline is a calendar
 * day, not a moment, so it must not pick up the JVM's time zone on the way to a BSON date. ISO text also sorts and
 * compares in date order, which the overdue query relies on.
 */
@Configuration(proxyBeanMethods = false)
class MongoConversions {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(LocalDateToText.INSTANCE, TextToLocalDate.INSTANCE));
    }

    @WritingConverter
    enum LocalDateToText implements Converter<LocalDate, String> {
        INSTANCE;

        @Override
        public String convert(LocalDate source) {
            return source.toString();
        }
    }

    @ReadingConverter
    enum TextToLocalDate implements Converter<String, LocalDate> {
        INSTANCE;

        @Override
        public LocalDate convert(String source) {
            return LocalDate.parse(source);
        }
    }
}
