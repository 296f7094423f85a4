package org.commitmenttracker.commitments.threads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DepartmentLinesTest {

    private static final String BEIS = "Department for Business, Energy and Industrial Strategy";

    @Test
    void beisIsCarriedOnByDesnzDsitAndDbt() {
        assertThat(DepartmentLines.sameLine(BEIS, "Department for Energy Security and Net Zero")).isTrue();
        assertThat(DepartmentLines.sameLine(BEIS, "Department for Science, Innovation and Technology")).isTrue();
        assertThat(DepartmentLines.sameLine(BEIS, "Department for Business and Trade")).isTrue();
        assertThat(DepartmentLines.sameLine("Department of Energy and Climate Change",
                "Department for Energy Security and Net Zero")).isTrue();
        assertThat(DepartmentLines.sameLine("Department for Digital, Culture, Media and Sport",
                "Department for Science, Innovation and Technology")).isTrue();
    }

    @Test
    void otherDepartmentsAreNot() {
        assertThat(DepartmentLines.sameLine(BEIS, "Department for Transport")).isFalse();
        assertThat(DepartmentLines.sameLine("Department for Digital, Culture, Media and Sport",
                "Department for Energy Security and Net Zero")).as("no chain through DSIT").isFalse();
        assertThat(DepartmentLines.sameLine("Home Office", null)).isFalse();
    }

    @Test
    void aDepartmentIsInItsOwnLineWhateverTheCaseOrAmpersand() {
        assertThat(DepartmentLines.sameLine("Home Office", "home office")).isTrue();
        assertThat(DepartmentLines.sameLine("Department for Culture, Media & Sport",
                "Department for Digital, Culture, Media and Sport")).isTrue();
        assertThat(DepartmentLines.lineOf("Department for Transport")).containsExactly("Department for Transport");
        assertThat(DepartmentLines.lineOf(BEIS)).startsWith(BEIS).contains("Department for Energy Security and Net Zero",
                "Department for Business and Trade", "Department of Energy and Climate Change").doesNotHaveDuplicates();
    }
}
