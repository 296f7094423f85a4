package org.commitmenttracker.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DepartmentLinesTest {

    private static final String BEIS = "Department for Business, Energy and Industrial Strategy";
    private static final String DESNZ = "Department for Energy Security and Net Zero";
    private static final String DSIT = "Department for Science, Innovation and Technology";
    private static final String DCMS = "Department for Digital, Culture, Media and Sport";

    @Test
    void beisIsCarriedOnByDesnzDsitAndDbt() {
        assertThat(DepartmentLines.lineOf(BEIS)).startsWith(BEIS)
                .contains(DESNZ, DSIT, "Department for Business and Trade", "Department of Energy and Climate Change")
                .doesNotHaveDuplicates();
        assertThat(DepartmentLines.lineOf(DESNZ)).contains(BEIS, "Department of Energy and Climate Change");
        assertThat(DepartmentLines.lineOf(DCMS)).contains(DSIT, "Department for Culture, Media and Sport");
    }

    @Test
    void theLineGoesOneStepNotAlongAChain() {
        assertThat(DepartmentLines.lineOf(DCMS)).as("DSIT took DCMS's digital work, not BEIS's energy").doesNotContain(DESNZ);
        assertThat(DepartmentLines.lineOf("Department for Transport")).containsExactly("Department for Transport");
    }

    @Test
    void aDepartmentSpeltOtherwiseIsFoundAndItsStandardSpellingIsInItsLine() {
        assertThat(DepartmentLines.lineOf("Department for Culture, Media & Sport"))
                .startsWith("Department for Culture, Media & Sport")
                .contains("Department for Culture, Media and Sport", DCMS, DSIT);
        assertThat(DepartmentLines.lineOf("the department of health")).contains("Department of Health and Social Care");
    }
}
