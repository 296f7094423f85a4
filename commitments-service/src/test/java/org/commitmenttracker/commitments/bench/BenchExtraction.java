package org.commitmenttracker.commitments.bench;

import java.util.Collection;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** {@code bin/bench-extraction}: runs {@link ExtractionBenchmark} and prints answers per second beside Jackson's rate. */
public final class BenchExtraction {

    private BenchExtraction() {
    }

    public static void main(String[] args) throws RunnerException {
        int forks = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Options options = new OptionsBuilder()
                .include(ExtractionBenchmark.class.getName())
                .threads(1)
                .forks(forks)
                .jvmArgs("-Xmx512m", "-Dlogback.configurationFile=" + System.getProperty("logback.configurationFile", ""))
                .warmupIterations(5).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double extract = score(results, "extractAnswer");
        double parse = score(results, "parseAnswerJson");
        System.out.println();
        System.out.printf("extraction (parse + extract), 1 thread: %,12.0f answers/s  (\u00b1%,.0f)%n", extract,
                error(results, "extractAnswer"));
        System.out.printf("Jackson parse only, same lines:         %,12.0f lines/s    (\u00b1%,.0f)%n", parse,
                error(results, "parseAnswerJson"));
        System.out.printf("extraction / parse:                     %12.3f%n", extract / parse);
        System.out.printf("target 200 answers/s on one thread:     %s%n", extract >= 200 ? "met" : "NOT met");
    }

    private static double score(Collection<RunResult> results, String method) {
        return result(results, method).getPrimaryResult().getScore();
    }

    private static double error(Collection<RunResult> results, String method) {
        return result(results, method).getPrimaryResult().getScoreError();
    }

    private static RunResult result(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst().orElseThrow();
    }
}
