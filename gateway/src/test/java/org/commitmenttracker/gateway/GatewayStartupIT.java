package org.commitmenttracker.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The real application refusing to start, as an operator would see it. */
@ExtendWith(OutputCaptureExtension.class)
class GatewayStartupIT {

    @Test
    void refusesToStartWithoutTrackerApiKeysAndSaysSo(CapturedOutput output) {
        // Given on the command line, so that the machine's own environment cannot supply it.
        assertThatThrownBy(() -> SpringApplication.run(GatewayApplication.class, "--server.port=0", "--TRACKER_API_KEYS="))
                .isInstanceOf(Exception.class);

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START").contains("TRACKER_API_KEYS is not set");
    }

    @Test
    void refusesToStartWithAMalformedKeyListNamingTheEntryButNotTheKey(CapturedOutput output) {
        String key = "admin-key-0123456789ab";

        assertThatThrownBy(() -> SpringApplication.run(GatewayApplication.class, "--server.port=0",
                "--TRACKER_API_KEYS=" + key + ":admin,short:viewer," + key + ":boss"))
                .isInstanceOf(Exception.class);

        assertThat(output.getAll())
                .contains("TRACKER_API_KEYS entry 2 has a key shorter than 16 characters")
                .contains("TRACKER_API_KEYS entry 3 has unknown role 'boss'")
                .doesNotContain(key);
    }
}
