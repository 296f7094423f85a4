package org.commitmenttracker.commitments.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commitmenttracker.commitments.extraction.Analyser.Sentence;
import org.commitmenttracker.commitments.extraction.Analyser.Token;
import org.commitmenttracker.commitments.extraction.Candidates.SubjectClass;

/**
 * Lemma families: groups of lemmas that play the same part in a commitment, so that what the model learns of one
 * member ("publish") carries to another it has seen less ("lay", "release"). The model sees the lemma too; a family
 * only lets it generalise. Families are written from the labelling guide's categories (who speaks for the
 * government, which bodies are independent, which verbs hedge or only inform), not from particular sentences.
 */
final class Lexicon {

    private static final Set<String> GOVERNMENT = words("government", "hmg", "department", "minister", "ministry",
            "secretary", "treasury", "official", "chancellor", "cabinet", "whitehall", "dfe", "dwp", "dhsc", "dft", "dcms",
            "desnz", "dsit", "dbt", "beis", "fcdo", "defra", "hmrc", "mhclg", "dluhc", "mod", "moj", "dfid", "decc", "dclg",
            "fco", "hmt", "dit", "dexeu", "friend", "we", "i", "us", "our");
    private static final Set<String> COUNTRY = words("uk", "britain", "england", "scotland", "wales", "country", "nation",
            "kingdom");
    private static final Set<String> GOVERNMENT_OFFICES = words("home", "cabinet", "foreign", "scotland", "wales",
            "northern", "india", "colonial");
    private static final Set<String> DELIVERY = words("nhs", "network", "highways", "hs2", "agency", "dvla", "dvsa",
            "ukhsa", "hmpps", "hmcts", "bduk", "force", "forces", "army", "navy", "raf", "homes", "probation", "prison",
            "jobcentre", "ukri", "innovate", "ukef", "dsa");
    private static final Set<String> INDEPENDENT = words("commission", "commissioner", "regulator", "ofsted", "ofcom",
            "ofgem", "ofwat", "ofqual", "orr", "cma", "fca", "pra", "obr", "ons", "nao", "bank", "court", "tribunal", "judge",
            "judiciary", "inquiry", "council", "committee", "authority", "company", "operator", "provider", "supplier",
            "business", "industry", "employer", "university", "police", "constabulary", "bbc", "eu", "un", "nato", "union",
            "parliament", "house", "speaker", "chair", "panel", "board", "trust", "independent", "school", "sector",
            "organisation", "charity", "ombudsman", "hmicfrs", "inspectorate", "assembly", "executive", "devolved",
            "scottish", "welsh", "firm", "insurer", "lender", "landlord", "developer", "utility", "airport", "airline",
            "club", "league", "association", "federation", "institute", "society", "reviewer", "tfl", "mayor", "psni",
            "met", "cps", "g7", "g20", "opcw", "who", "imf", "oecd", "wto", "ecb");
    private static final Set<String> AFFECTED = words("people", "applicant", "claimant", "household", "patient", "family",
            "child", "pupil", "student", "voter", "elector", "individual", "user", "customer", "taxpayer", "resident",
            "tenant", "worker", "employee", "veteran", "member", "victim", "owner", "driver", "passenger", "person",
            "everyone", "anyone", "adult", "parent", "citizen", "consumer", "recipient", "participant", "learner",
            "apprentice", "pensioner", "carer", "officer", "staff", "nobody", "no-one");
    private static final Set<String> MONEY = words("£", "billion", "million", "bn", "m", "funding", "money", "investment",
            "grant", "budget", "allocation", "spending", "payment", "pound", "cash", "finance", "capital", "revenue");
    private static final Set<String> DOCUMENTS = words("report", "strategy", "plan", "guidance", "consultation", "response",
            "statement", "paper", "data", "statistic", "statistics", "figure", "finding", "review", "framework", "list",
            "detail", "information", "update", "result", "evaluation", "assessment", "document", "publication", "roadmap",
            "bill", "legislation", "regulation", "order", "code", "standard", "estimate", "forecast", "analysis",
            "proposal", "recommendation", "decision", "announcement", "outcome", "timetable", "terms", "specification",
            "advice", "letter", "notice", "criteria", "methodology", "survey", "study", "research", "audit", "census",
            "prospectus", "charter", "manifesto", "draft");
    private static final Set<String> PROGRAMMES = words("programme", "scheme", "fund", "project", "pilot", "initiative",
            "policy", "service", "system", "regime", "change", "measure", "reform", "package", "guarantee", "arrangement",
            "process", "approach", "model", "campaign", "competition", "partnership", "deal", "contract", "agreement",
            "support", "offer", "trial", "rollout", "expansion", "extension", "increase", "rise", "uplift", "rate", "cap",
            "freeze", "ban", "duty", "requirement", "obligation", "tax", "levy", "relief", "allowance", "benefit",
            "entitlement", "exemption", "licence", "licensing", "register", "portal", "network", "hub", "facility", "pathway",
            "act", "rule", "law", "provision", "mechanism", "tool", "platform",
            "pension", "credit", "wage", "premium", "settlement", "round", "phase", "stage", "tranche", "call", "window");
    private static final Set<String> WORKS = words("building", "site", "centre", "prison", "station", "hospital", "road",
            "railway", "line", "tram", "train", "home", "house", "housing", "place", "bed", "ship", "vessel", "aircraft",
            "construction", "work", "works", "infrastructure", "bridge", "school", "college", "court", "office", "depot",
            "route", "bypass", "junction", "tunnel", "port", "plant", "reactor", "frigate", "submarine", "carrier",
            "premises", "classroom", "unit", "space", "clinic", "surgery", "capacity");

    private static final Map<String, List<String>> VERB_FAMILIES = verbFamilies();

    private Lexicon() {
    }

    /** A family's members. A word in two families gets the first that lists it. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private static Map<String, List<String>> verbFamilies() {
        Map<String, List<String>> families = new java.util.HashMap<>();
        family(families, "hedge", "consider", "explore", "look", "assess", "examine", "review", "reflect", "evaluate",
                "investigate", "study", "think", "discuss", "scope", "test", "weigh", "analyse", "gauge");
        family(families, "continue", "continue", "remain", "keep", "maintain", "sustain", "persist", "carry");
        family(families, "engage", "work", "engage", "collaborate", "liaise", "talk", "meet", "consult", "cooperate",
                "partner", "speak", "listen", "correspond", "write", "discuss", "convene");
        family(families, "aim", "support", "help", "encourage", "ensure", "promote", "enable", "facilitate", "seek", "aim",
                "strive", "try", "endeavour", "champion", "tackle", "improve", "strengthen", "protect", "drive", "boost",
                "address", "prioritise", "pursue", "work", "go", "do", "stand", "make", "put", "play");
        family(families, "inform", "update", "inform", "write", "report", "advise", "notify", "confirm", "announce", "set",
                "outline", "share", "tell", "communicate", "respond", "reply", "say", "explain", "provide", "come", "issue");
        family(families, "publish", "publish", "lay", "release", "issue", "launch", "introduce", "bring", "table",
                "produce", "present", "submit", "set", "unveil", "put");
        family(families, "deliver", "deliver", "build", "open", "provide", "fund", "invest", "spend", "create",
                "establish", "recruit", "appoint", "hire", "train", "increase", "raise", "double", "halve", "reduce", "cut",
                "extend", "expand", "replace", "remove", "abolish", "ban", "close", "complete", "finish", "begin", "start",
                "implement", "roll", "legislate", "amend", "change", "reform", "introduce", "make", "hold", "run", "host",
                "attend", "represent", "sign", "award", "allocate", "pay", "give", "offer", "connect", "upgrade", "install",
                "restore", "return", "hand", "enter", "come", "commence", "lay", "transfer", "move", "end", "scrap", "cap",
                "freeze", "uprate", "require", "mandate", "accept", "agree", "secure", "procure", "purchase", "order",
                "place", "set", "launch", "trial", "pilot", "deploy", "equip", "relocate", "merge", "publish");
        family(families, "predict", "help", "mean", "lead", "result", "allow", "enable", "benefit", "affect", "depend",
                "cost", "take", "need", "have", "be", "become", "see", "fall", "rise", "grow", "save", "reach", "remain",
                "apply", "cover", "include", "contain", "last", "expire", "cease", "come", "go", "get", "receive", "generate",
                "contribute", "support", "reduce", "increase", "improve", "make", "provide", "ensure", "give", "create",
                "bring", "offer", "deliver", "add", "form", "serve", "lift", "boost", "face", "vary", "differ", "exceed");
        family(families, "decide", "decide", "determine", "choose", "respond", "judge", "conclude", "settle", "resolve",
                "agree", "approve", "sign");
        family(families, "legal", "require", "mandate", "oblige", "prohibit", "permit", "apply", "legislate", "commence",
                "amend", "repeal", "regulate", "enforce");
        return Map.copyOf(families);
    }

    private static void family(Map<String, List<String>> families, String name, String... lemmas) {
        for (String lemma : lemmas) {
            families.computeIfAbsent(lemma, l -> new ArrayList<>()).add(name);
        }
    }

    private static final Map<String, String> VERB_CLASSES = verbClasses();

    private static Map<String, String> verbClasses() {
        Map<String, String> classes = new java.util.HashMap<>();
        verbClass(classes, "hedged", "consider", "explore", "look", "assess", "examine", "review", "reflect", "evaluate",
                "investigate", "study", "think", "discuss", "scope", "weigh", "analyse", "seek", "aim", "try", "strive",
                "endeavour", "hope", "aspire", "continue", "remain", "keep", "maintain", "monitor", "work", "engage",
                "collaborate", "liaise", "talk", "cooperate", "partner", "listen", "encourage", "promote", "support",
                "champion", "prioritise", "pursue", "want", "wish", "strengthen", "tackle", "address");
        verbClass(classes, "informing", "update", "inform", "advise", "notify", "announce", "confirm", "outline", "share",
                "tell", "communicate", "report", "write", "respond", "reply", "say", "explain", "detail", "clarify",
                "correspond", "publicise");
        verbClass(classes, "deciding", "decide", "determine", "choose", "judge", "conclude", "settle", "resolve");
        verbClass(classes, "effect", "help", "mean", "lead", "result", "allow", "enable", "benefit", "affect", "depend",
                "cost", "need", "become", "see", "fall", "grow", "save", "reach", "apply", "cover", "include", "contain",
                "last", "expire", "cease", "receive", "generate", "contribute", "ensure", "improve", "form", "serve", "lift",
                "boost", "face", "vary", "differ", "exceed", "complement", "underpin", "shape", "protect", "mitigate",
                "rely", "involve", "require");
        verbClass(classes, "light", "make", "take", "give", "set", "put", "bring", "carry", "come", "go", "get", "do",
                "have", "be", "follow");
        verbClass(classes, "delivering", "publish", "lay", "release", "issue", "launch", "introduce", "table", "produce",
                "present", "submit", "unveil", "deliver", "build", "open", "provide", "fund", "invest", "spend", "create",
                "establish", "recruit", "appoint", "hire", "train", "increase", "raise", "double", "halve", "reduce", "cut",
                "extend", "expand", "replace", "remove", "abolish", "ban", "close", "complete", "finish", "begin", "start",
                "implement", "roll", "legislate", "amend", "change", "reform", "hold", "run", "host", "attend", "represent",
                "sign", "award", "allocate", "pay", "offer", "connect", "upgrade", "install", "restore", "return", "hand",
                "enter", "commence", "transfer", "move", "end", "scrap", "cap", "freeze", "uprate", "mandate", "accept",
                "agree", "secure", "procure", "purchase", "order", "place", "trial", "pilot", "deploy", "equip", "relocate",
                "merge", "consult", "convene", "conduct", "undertake", "test", "repay", "recover", "resettle", "plant",
                "lower", "phase", "stop", "enforce", "prohibit", "permit", "commission", "develop", "design",
                "draft", "organise", "meet", "visit", "sponsor", "grant", "distribute", "supply", "exempt",
                "waive", "reopen", "resume", "retain");
        return Map.copyOf(classes);
    }

    private static void verbClass(Map<String, String> classes, String name, String... lemmas) {
        for (String lemma : lemmas) {
            classes.putIfAbsent(lemma, name);
        }
    }

    /**
     * The one class of a verb, by the labelling guide's categories: hedged (consider, seek, continue, work with...),
     * informing (update, announce, respond...), deciding, an effect (help, enable, mean...), a light verb whose object
     * says what it does (make, take, give...), delivering (publish, build, fund, consult...), or other. A verb listed
     * twice keeps its first class.
     */
    static String verbClass(String lemma) {
        return VERB_CLASSES.getOrDefault(lemma, "other");
    }

    /** The families a verb's lemma belongs to; empty if none. */
    static List<String> verbFamilies(String lemma) {
        return VERB_FAMILIES.getOrDefault(lemma, List.of());
    }

    /** The family of a noun's lemma, or null. */
    static String nounFamily(String lemma) {
        if (MONEY.contains(lemma) || lemma.startsWith("£")) {
            return "money";
        }
        if (DOCUMENTS.contains(lemma)) {
            return "document";
        }
        if (PROGRAMMES.contains(lemma)) {
            return "programme";
        }
        if (WORKS.contains(lemma)) {
            return "works";
        }
        if (AFFECTED.contains(lemma)) {
            return "affected";
        }
        return null;
    }

    static boolean isGovernment(Sentence s, int i) {
        Token t = s.get(i);
        if (GOVERNMENT.contains(t.lemma())) {
            return !(t.lemma().equals("i") && !t.text().equals("I"));
        }
        if (t.lemma().equals("office") && i > 0 && GOVERNMENT_OFFICES.contains(s.get(i - 1).lemma())) {
            return true;
        }
        return t.lemma().equals("state") && i > 1 && s.get(i - 2).lemma().equals("secretary");
    }

    static boolean isDelivery(Token t) {
        return DELIVERY.contains(t.lemma());
    }

    static boolean isIndependent(Token t) {
        return INDEPENDENT.contains(t.lemma());
    }

    /** The class of the noun phrase {@code [from, to)} with its head. */
    static SubjectClass subjectClass(Sentence s, int from, int to, int head) {
        Token h = s.get(head);
        String lemma = h.lemma();
        if (h.tagged("PRON")) {
            return switch (lemma) {
                case "we", "i", "us" -> SubjectClass.WE;
                case "which", "who", "whom", "that" -> SubjectClass.RELATIVE;
                case "there" -> SubjectClass.THERE;
                case "it", "this", "these", "those", "they", "them", "he", "she" -> SubjectClass.PRONOUN;
                default -> lemma.equals("nobody") || lemma.equals("everyone") ? SubjectClass.AFFECTED : SubjectClass.OTHER;
            };
        }
        if (lemma.equals("there")) {
            return SubjectClass.THERE;
        }
        boolean independent = false;
        boolean government = false;
        boolean delivery = false;
        for (int j = from; j < to; j++) {
            if (s.get(j).tagged("ADP") && j > head) {
                break;
            }
            independent |= isIndependent(s.get(j)) && (j == head || s.get(j).isNoun() || s.get(j).lemma().equals("independent"));
            government |= isGovernment(s, j);
            delivery |= isDelivery(s.get(j));
        }
        if (isGovernment(s, head)) {
            return SubjectClass.GOVERNMENT;
        }
        if (COUNTRY.contains(lemma) && !delivery && !government) {
            return SubjectClass.COUNTRY; // "the UK will" speaks for the government or describes the country
        }
        if (delivery && !independent) {
            return SubjectClass.DELIVERY_BODY;
        }
        if (independent && (isIndependent(h) || s.get(from).lemma().equals("independent") || !government)) {
            if (nounFamily(lemma) == null || isIndependent(h)) {
                return SubjectClass.INDEPENDENT;
            }
        }
        String family = nounFamily(lemma);
        if (family == null) {
            for (int j = from; j < to; j++) {
                if (s.get(j).lemma().startsWith("£")) {
                    family = "money";
                }
            }
        }
        if (family != null) {
            return switch (family) {
                case "money" -> SubjectClass.MONEY;
                case "document" -> SubjectClass.DOCUMENT;
                case "programme" -> SubjectClass.PROGRAMME;
                case "works" -> SubjectClass.WORKS;
                default -> SubjectClass.AFFECTED;
            };
        }
        if (government) {
            return SubjectClass.GOVERNMENT;
        }
        return independent ? SubjectClass.INDEPENDENT : SubjectClass.OTHER;
    }
}
