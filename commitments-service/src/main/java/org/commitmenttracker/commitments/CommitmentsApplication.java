package org.commitmenttracker.commitments;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CommitmentsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommitmentsApplication.class, args);
    }
}
