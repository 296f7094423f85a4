package org.commitmenttracker.events;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Departments that carry on one another's work after a machinery-of-government change: a commitment of one is
 * followed up by the others. A department is in its own line; the lines below are the renames and splits since 2010
 * (BEIS into DESNZ, DSIT and DBT; DCMS's digital work to DSIT; DfID into the FCDO; ...). A department is found in the
 * lines without regard to case, "&" or a leading "The"; the line is given as the Parliament names its departments,
 * which is how answers name them.
 */
public final class DepartmentLines {

    private static final List<List<String>> LINES = List.of(
            List.of("Department of Energy and Climate Change", "Department for Business, Energy and Industrial Strategy",
                    "Department for Energy Security and Net Zero"),
            List.of("Department for Business, Innovation and Skills", "Department for Business, Energy and Industrial Strategy",
                    "Department for Business and Trade", "Department for International Trade"),
            List.of("Department for Business, Energy and Industrial Strategy", "Department for Science, Innovation and Technology"),
            List.of("Department for Digital, Culture, Media and Sport", "Department for Culture, Media and Sport",
                    "Department for Science, Innovation and Technology"),
            List.of("Department for Communities and Local Government", "Ministry of Housing, Communities and Local Government",
                    "Department for Levelling Up, Housing and Communities"),
            List.of("Foreign and Commonwealth Office", "Department for International Development",
                    "Foreign, Commonwealth and Development Office"),
            List.of("Department of Health", "Department of Health and Social Care"),
            List.of("Department for Exiting the European Union", "Cabinet Office"));

    private DepartmentLines() {
    }

    /**
     * The department as given, and every department in a line with it as the Parliament names them (the standard
     * spelling of the given one too, when it was spelt otherwise).
     */
    public static List<String> lineOf(String department) {
        String name = normal(department);
        return Stream.concat(Stream.of(department), LINES.stream()
                        .filter(line -> line.stream().anyMatch(member -> normal(member).equals(name)))
                        .flatMap(List::stream))
                .distinct().toList();
    }

    /** The department's name as compared: lower case, "and" for "&", without a leading "the". */
    public static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replace("&", "and").replaceFirst("^the ", "").replaceAll("\\s+", " ").strip();
    }
}
