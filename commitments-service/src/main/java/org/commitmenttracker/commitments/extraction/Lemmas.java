package org.commitmenttracker.commitments.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * Base forms of verbs, near enough to word an action ("introducing" introduce, "closed" close, "publishes" publish).
 * English spelling rules with their commonest exceptions; a dictionary would do better and weigh far more.
 */
final class Lemmas {

    private static final Set<String> NOT_INFLECTED = Set.of("bring", "spring", "string", "thing", "king", "ring", "sing",
            "wing", "during", "morning", "evening", "nothing", "something", "anything", "everything", "need", "speed",
            "feed", "seed", "used", "bed", "red", "shed", "focus", "status", "bus", "this", "is", "was", "has", "does");
    private static final Set<String> NO_FINAL_E = Set.of("monitor", "sponsor", "mirror", "tutor", "mentor", "anchor",
            "honour", "favour", "labour", "tailor", "factor", "visit", "limit", "target", "budget", "market", "credit",
            "benefit", "exhibit", "deposit", "inherit", "prohibit", "profit", "recruit", "edit", "exit", "avoid", "open",
            "happen", "listen", "focus", "develop", "clear", "appear", "hear", "bear", "wear", "belong", "meet", "greet",
            "interpret", "audit", "format", "combat", "accredit", "reform", "consult", "transform", "perform", "inform");
    private static final Set<String> FINAL_E_IRREGULAR = Set.of("writ", "invit", "unit", "cit", "ignit", "excit",
            "expedit", "complet", "delet", "compet", "mak", "tak", "com", "becom", "hop", "cop", "shap", "scop", "nam",
            "tim", "giv", "liv", "mov", "provid", "decid", "guid", "includ", "conclud", "exclud", "caus", "pursu",
            "continu", "issu", "argu", "valu", "rescu", "queu", "du");

    private Lemmas() {
    }

    static String lemma(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (NOT_INFLECTED.contains(w) || w.length() < 4) {
            return w;
        }
        if (w.endsWith("ing") && w.length() > 4) {
            return base(w.substring(0, w.length() - 3));
        }
        if (w.endsWith("ied") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ed") && w.length() > 4 && !w.endsWith("eed")) {
            return base(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("es") && (w.endsWith("shes") || w.endsWith("ches") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String base(String stem) {
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && !isVowel(stem.charAt(n - 1))
                && "lsfz".indexOf(stem.charAt(n - 1)) < 0) {
            return stem.substring(0, n - 1); // running, setting, committing
        }
        return needsFinalE(stem) ? stem + "e" : stem;
    }

    private static boolean needsFinalE(String s) {
        if (NO_FINAL_E.contains(s)) {
            return false;
        }
        if (FINAL_E_IRREGULAR.contains(s)) {
            return true;
        }
        if (s.endsWith("er") || s.endsWith("ear") || s.endsWith("ong") || s.endsWith("ing")) {
            return false;
        }
        if (s.endsWith("or") || s.endsWith("our") || s.endsWith("ar") || s.endsWith("ur") || s.endsWith("ir")) {
            return true; // explore, prepare, ensure, require
        }
        if (s.endsWith("c") || s.endsWith("v") || s.endsWith("z") || s.endsWith("at") || s.endsWith("ut")
                || s.endsWith("id") || s.endsWith("ud") || s.endsWith("ang") || s.endsWith("eng") || s.endsWith("dg")
                || s.endsWith("rg") || s.endsWith("ag")) {
            return true; // introduce, improve, prioritize, create, contribute, provide, include, change, judge
        }
        int last = s.length() - 1;
        if (s.charAt(last) == 's' && isVowel(s.charAt(last - 1))) {
            return true; // use, raise, increase, advise, close
        }
        if (s.charAt(last) == 'l' && !isVowel(s.charAt(last - 1))) {
            return true; // tackle, enable, settle
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
