package org.commitmenttracker.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.commitmenttracker.commitments.extraction.CommitmentExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** The service's default review threshold is the one cross-validation calibrated (docs/extraction.md). */
class ReviewThresholdTest {

    @Test
    void theDefaultReviewThresholdIsTheCalibratedOne() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();

        assertThat(Double.parseDouble(properties.getProperty("commitments.review-threshold")))
                .isEqualTo(CommitmentExtractor.REVIEW_THRESHOLD);
    }
}
