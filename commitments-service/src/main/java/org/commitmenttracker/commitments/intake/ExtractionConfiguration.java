package org.commitmenttracker.commitments.intake;

import java.util.Map;

import org.commitmenttracker.commitments.CommitmentsProperties;
import org.commitmenttracker.commitments.extraction.CommitmentExtractor;
import org.commitmenttracker.commitments.extraction.DeadlineResolver;
import org.commitmenttracker.commitments.extraction.ImpliedDeadlinePolicy;
import org.commitmenttracker.commitments.extraction.ImpliedDeadlinePolicy.PhraseClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The framework-free extraction engine, configured from the service's properties: the OpenNLP models and the
 * trained decision are loaded once, here, and shared by every listener thread.
 */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

    @Bean
    CommitmentExtractor commitmentExtractor(CommitmentsProperties properties) {
        CommitmentsProperties.ImpliedDeadline implied = properties.impliedDeadline();
        ImpliedDeadlinePolicy policy = new ImpliedDeadlinePolicy(Map.of(PhraseClass.SOON, implied.soon(),
                PhraseClass.COMING_MONTHS, implied.comingMonths(), PhraseClass.DUE_COURSE, implied.dueCourse(),
                PhraseClass.PARLIAMENTARY_TIME, implied.parliamentaryTime()));
        return CommitmentExtractor.standard(new DeadlineResolver(policy));
    }
}
