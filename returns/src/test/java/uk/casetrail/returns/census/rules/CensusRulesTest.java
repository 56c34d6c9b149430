package uk.casetrail.returns.census.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;
import uk.casetrail.returns.census.ReturnedChild.Assessment;
import uk.casetrail.returns.census.ReturnedChild.CinDetails;
import uk.casetrail.returns.census.ReturnedChild.CinPlan;
import uk.casetrail.returns.census.ReturnedChild.Identifiers;
import uk.casetrail.returns.census.ReturnedChild.ProtectionPlan;
import uk.casetrail.returns.census.ReturnedChild.Section47;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule as a table: a child that keeps it and a child that breaks it, each a small change to a
 * child whose return keeps every rule. Census year 2025-04-01 to 2026-03-31.
 */
class CensusRulesTest {

    private static final CensusYear YEAR = CensusYear.endingOn(LocalDate.of(2026, 3, 31));
    private static final Map<String, CensusRule> RULES = CensusRules.all(WorkingDayCalendar.englandAndWales()).stream()
            .collect(Collectors.toMap(CensusRule::code, Function.identity()));
    private static final UUID CASE = UUID.randomUUID();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    /** A child in need on a plan: referral in May, assessment, enquiry, conference and plan, one review. */
    static ReturnedChild valid() {
        return new ReturnedChild(UUID.randomUUID(),
                new Identifiers("CT1234", "J820200000007", null, null, d("2016-04-04"), null, "F", null),
                new ReturnedChild.Characteristics("WBRI", List.of("NONE")),
                List.of(new CinDetails(CASE, d("2025-05-01"), "2A", "N1", null, null, null, false,
                        List.of(new Assessment(d("2025-05-02"), d("2025-06-02"), List.of("3B", "16A"))),
                        List.of(),
                        List.of(new Section47(d("2025-06-03"), d("2025-06-24"), d("2025-06-20"), false)),
                        List.of(new ProtectionPlan(d("2025-06-20"), null, "NEG", "NEG", 0, List.of(d("2025-09-19")))))));
    }

    static ReturnedChild identifiers(UnaryOperator<Identifiers> change) {
        ReturnedChild c = valid();
        return new ReturnedChild(c.childId(), change.apply(c.identifiers()), c.characteristics(), c.episodes());
    }

    static ReturnedChild episode(UnaryOperator<CinDetails> change) {
        ReturnedChild c = valid();
        return new ReturnedChild(c.childId(), c.identifiers(), c.characteristics(), List.of(change.apply(c.episodes().get(0))));
    }

    static Identifiers upn(Identifiers i, String upn) {
        return new Identifiers(i.laChildId(), upn, i.formerUpn(), i.upnUnknown(), i.birthDate(), i.expectedBirthDate(), i.sex(), i.deathDate());
    }

    static Identifiers birth(Identifiers i, LocalDate born, LocalDate expected, String sex) {
        return new Identifiers(i.laChildId(), i.upn(), i.formerUpn(), i.upnUnknown(), born, expected, sex, i.deathDate());
    }

    static CinDetails closed(CinDetails e, LocalDate on) {
        return new CinDetails(e.caseId(), e.referralDate(), e.referralSource(), e.primaryNeed(), on, "RC7",
                e.dateOfInitialCpc(), e.referralNfa(), e.assessments(), e.cinPlans(), e.section47s(), e.protectionPlans());
    }

    static CinDetails assessments(CinDetails e, Assessment... assessments) {
        return new CinDetails(e.caseId(), e.referralDate(), e.referralSource(), e.primaryNeed(), e.closureDate(),
                e.reasonForClosure(), e.dateOfInitialCpc(), e.referralNfa(), List.of(assessments), e.cinPlans(),
                e.section47s(), e.protectionPlans());
    }

    static CinDetails enquiries(CinDetails e, Section47... enquiries) {
        return new CinDetails(e.caseId(), e.referralDate(), e.referralSource(), e.primaryNeed(), e.closureDate(),
                e.reasonForClosure(), e.dateOfInitialCpc(), e.referralNfa(), e.assessments(), e.cinPlans(),
                List.of(enquiries), e.protectionPlans());
    }

    static CinDetails plans(CinDetails e, ProtectionPlan... plans) {
        return new CinDetails(e.caseId(), e.referralDate(), e.referralSource(), e.primaryNeed(), e.closureDate(),
                e.reasonForClosure(), e.dateOfInitialCpc(), e.referralNfa(), e.assessments(), e.cinPlans(),
                e.section47s(), List.of(plans));
    }

    static CinDetails referral(CinDetails e, LocalDate on, String need, boolean nfa) {
        return new CinDetails(e.caseId(), on, e.referralSource(), need, e.closureDate(), e.reasonForClosure(),
                e.dateOfInitialCpc(), nfa, e.assessments(), e.cinPlans(), e.section47s(), e.protectionPlans());
    }

    static CinDetails nfaReferral(CinDetails e, LocalDate on) {
        return new CinDetails(e.caseId(), on, e.referralSource(), null, on, "RC8", null, true, List.of(), List.of(),
                List.of(), List.of());
    }

    static CinDetails cinPlan(CinDetails e, CinPlan plan) {
        return new CinDetails(e.caseId(), e.referralDate(), e.referralSource(), e.primaryNeed(), e.closureDate(),
                e.reasonForClosure(), e.dateOfInitialCpc(), e.referralNfa(), e.assessments(), List.of(plan),
                e.section47s(), e.protectionPlans());
    }

    static ReturnedChild characteristics(String ethnicity, String... disabilities) {
        ReturnedChild c = valid();
        return new ReturnedChild(c.childId(), c.identifiers(), new ReturnedChild.Characteristics(ethnicity,
                List.of(disabilities)), c.episodes());
    }

    static ReturnedChild withEpisodes(ReturnedChild c, CinDetails... episodes) {
        return new ReturnedChild(c.childId(), c.identifiers(), c.characteristics(), List.of(episodes));
    }

    static Identifiers laChildId(Identifiers i, String id) {
        return new Identifiers(id, i.upn(), i.formerUpn(), i.upnUnknown(), i.birthDate(), i.expectedBirthDate(), i.sex(), i.deathDate());
    }

    static Identifiers upnUnknown(Identifiers i, String reason) {
        return new Identifiers(i.laChildId(), null, i.formerUpn(), reason, i.birthDate(), i.expectedBirthDate(), i.sex(), i.deathDate());
    }

    static Identifiers death(Identifiers i, String on) {
        return new Identifiers(i.laChildId(), i.upn(), i.formerUpn(), i.upnUnknown(), i.birthDate(), i.expectedBirthDate(), i.sex(), d(on));
    }

    private static final UUID OTHER_CASE = UUID.randomUUID();

    /** The valid child's episode without its enquiry and plan: a referral and a completed assessment. */
    static CinDetails assessed() {
        return new CinDetails(CASE, d("2025-05-01"), "2A", "N1", null, null, null, false,
                List.of(new Assessment(d("2025-05-02"), d("2025-06-02"), List.of("3B", "16A"))), List.of(), List.of(), List.of());
    }

    /** Another episode of the child, with nothing but its referral and closure. */
    static CinDetails otherEpisode(String referral, String closure, boolean nfa) {
        return new CinDetails(OTHER_CASE, d(referral), "2A", nfa ? null : "N4", closure == null ? null : d(closure),
                closure == null ? null : "RC7", null, nfa, List.of(), List.of(), List.of(), List.of());
    }

    static CinDetails closedFor(CinDetails e, String on, String reason) {
        return new CinDetails(e.caseId(), e.referralDate(), e.referralSource(), e.primaryNeed(), on == null ? null : d(on),
                reason, e.dateOfInitialCpc(), e.referralNfa(), e.assessments(), e.cinPlans(), e.section47s(), e.protectionPlans());
    }

    static CinDetails source(CinDetails e, String source) {
        return new CinDetails(e.caseId(), e.referralDate(), source, e.primaryNeed(), e.closureDate(), e.reasonForClosure(),
                e.dateOfInitialCpc(), e.referralNfa(), e.assessments(), e.cinPlans(), e.section47s(), e.protectionPlans());
    }

    static CinDetails episodeConference(CinDetails e, String on) {
        return new CinDetails(e.caseId(), e.referralDate(), e.referralSource(), e.primaryNeed(), e.closureDate(),
                e.reasonForClosure(), d(on), e.referralNfa(), e.assessments(), e.cinPlans(), e.section47s(), e.protectionPlans());
    }

    static CinDetails cinPlans(CinDetails e, CinPlan... plans) {
        return new CinDetails(e.caseId(), e.referralDate(), e.referralSource(), e.primaryNeed(), e.closureDate(),
                e.reasonForClosure(), e.dateOfInitialCpc(), e.referralNfa(), e.assessments(), List.of(plans),
                e.section47s(), e.protectionPlans());
    }

    static CinPlan cin(String start, String end) {
        return new CinPlan(d(start), end == null ? null : d(end));
    }

    static Section47 enquiry(String start, String target, String conference, boolean conferenceNotRequired) {
        return new Section47(d(start), target == null ? null : d(target), conference == null ? null : d(conference),
                conferenceNotRequired);
    }

    static ProtectionPlan plan(String start, String end, String... reviews) {
        return new ProtectionPlan(d(start), end == null ? null : d(end), "NEG", "NEG", 0,
                Stream.of(reviews).map(LocalDate::parse).toList());
    }

    static Assessment assessment(String start, String end, String... factors) {
        return new Assessment(d(start), end == null ? null : d(end), List.of(factors));
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("1510", "check letter right", valid(), false),
                Arguments.of("1510", "check letter wrong", identifiers(i -> upn(i, "B820200000007")), true),
                Arguments.of("1540", "digits", valid(), false),
                Arguments.of("1540", "a letter among the digits", identifiers(i -> upn(i, "A8202000X0007")), true),
                Arguments.of("1550", "temporary UPN ending in a letter", identifiers(i -> upn(i, "A82020000000T")), false),
                Arguments.of("1550", "ends in an I", identifiers(i -> upn(i, "A82020000000I")), true),
                Arguments.of("1560Q", "no former UPN", valid(), false),
                Arguments.of("1560Q", "former UPN too short", identifiers(i -> new Identifiers(i.laChildId(), i.upn(), "A8202",
                        null, i.birthDate(), null, i.sex(), null)), true),
                Arguments.of("2885", "plan starts at the conference", valid(), false),
                Arguments.of("2885", "plan starts on another day", episode(e -> plans(e, plan("2025-06-23", null))), true),
                Arguments.of("2889", "enquiry after the referral", valid(), false),
                Arguments.of("2889", "enquiry before the referral", episode(e -> enquiries(e,
                        new Section47(d("2025-04-20"), null, d("2025-06-20"), false))), true),
                Arguments.of("4180", "sex F", valid(), false),
                Arguments.of("4180", "sex missing", identifiers(i -> birth(i, i.birthDate(), null, null)), true),
                Arguments.of("8500", "LA child id", valid(), false),
                Arguments.of("8500", "no LA child id", identifiers(i -> new Identifiers(null, i.upn(), null, null,
                        i.birthDate(), null, i.sex(), null)), true),
                Arguments.of("8520", "born before the year ends", valid(), false),
                Arguments.of("8520", "born after the reference date", identifiers(i -> birth(i, d("2026-04-02"), null, "F")), true),
                Arguments.of("8525", "a date of birth", valid(), false),
                Arguments.of("8525", "both dates", identifiers(i -> birth(i, d("2016-04-04"), d("2016-04-04"), "F")), true),
                Arguments.of("8525", "neither date", identifiers(i -> birth(i, null, null, "U")), true),
                Arguments.of("8545Q", "alive", valid(), false),
                Arguments.of("8545Q", "died in the year", identifiers(i -> new Identifiers(i.laChildId(), i.upn(), null, null,
                        i.birthDate(), null, i.sex(), d("2025-12-24"))), false),
                Arguments.of("8545Q", "died before the year", identifiers(i -> new Identifiers(i.laChildId(), i.upn(), null, null,
                        i.birthDate(), null, i.sex(), d("2025-01-24"))), true),
                Arguments.of("8565", "open episode", valid(), false),
                Arguments.of("8565", "closed after everything", episode(e -> closed(e, d("2025-12-01"))), false),
                Arguments.of("8565", "assessment completed after closure", episode(e -> closed(e, d("2025-06-01"))), true),
                Arguments.of("8569", "NFA referral in the year", episode(e -> nfaReferral(e, d("2025-04-01"))), false),
                Arguments.of("8569", "NFA referral on the working day before the year", episode(e -> nfaReferral(e, d("2025-03-31"))), false),
                Arguments.of("8569", "NFA referral long before the year", episode(e -> nfaReferral(e, d("2025-03-20"))), true),
                Arguments.of("8606", "referral after birth", valid(), false),
                Arguments.of("8606", "referral a year before the expected birth", identifiers(i -> birth(i, null, d("2026-06-01"), "U")), true),
                Arguments.of("8608", "completed after it started", valid(), false),
                Arguments.of("8608", "completed before it started", episode(e -> assessments(e, assessment("2025-05-10", "2025-05-09", "21"))), true),
                Arguments.of("8610", "primary need given", valid(), false),
                Arguments.of("8610", "NFA referral without primary need", episode(e -> nfaReferral(e, d("2025-05-01"))), false),
                Arguments.of("8610", "further action without primary need", episode(e -> referral(e, e.referralDate(), null, false)), true),
                Arguments.of("8614", "factors on a completed assessment", valid(), false),
                Arguments.of("8614", "factors on an open assessment", episode(e -> assessments(e, assessment("2026-03-01", null, "3B"))), true),
                Arguments.of("8620", "closed in the year", episode(e -> closed(e, d("2026-03-31"))), false),
                Arguments.of("8620", "closed before the year", episode(e -> closed(e, d("2025-03-31"))), true),
                Arguments.of("8670Q", "open assessment started recently", episode(e -> assessments(e, assessment("2026-03-01", null))), false),
                Arguments.of("8670Q", "open assessment started in the autumn", episode(e -> assessments(e, assessment("2025-10-01", null))), true),
                Arguments.of("8696", "completed in the year", valid(), false),
                Arguments.of("8696", "completed before the year", episode(e -> assessments(e, assessment("2025-03-01", "2025-03-20", "21"))), true),
                Arguments.of("8736", "open assessment started in the year", episode(e -> assessments(e, assessment("2026-03-01", null))), false),
                Arguments.of("8736", "open assessment started before the year", episode(e -> assessments(e, assessment("2025-03-01", null))), true),
                Arguments.of("8750", "unborn, sex U", identifiers(i -> birth(i, null, d("2026-06-01"), "U")), false),
                Arguments.of("8750", "unborn, sex F", identifiers(i -> birth(i, null, d("2026-06-01"), "F")), true),
                Arguments.of("8840", "plan lasting", episode(e -> plans(e, plan("2025-06-20", "2025-12-01"))), false),
                Arguments.of("8840", "plan ending the day it started", episode(e -> plans(e, plan("2025-06-20", "2025-06-20"))), true),
                Arguments.of("8841", "review after the start", valid(), false),
                Arguments.of("8841", "review on the start day", episode(e -> plans(e, plan("2025-06-20", null, "2025-06-20"))), true),
                Arguments.of("8863", "one after the other", episode(e -> assessments(e, assessment("2025-05-02", "2025-06-02", "21"),
                        assessment("2025-06-03", "2025-07-01", "21"))), false),
                Arguments.of("8863", "the second starts while the first is open", episode(e -> assessments(e,
                        assessment("2025-05-02", "2025-06-02", "21"), assessment("2025-05-20", "2025-07-01", "21"))), true),
                Arguments.of("8868", "closed after the conference", episode(e -> closed(e, d("2025-12-01"))), false),
                Arguments.of("8868", "closed with an enquiry waiting for its conference", episode(e -> closed(enquiries(e,
                        new Section47(d("2025-06-03"), d("2025-06-24"), null, false)), d("2025-12-01"))), true),
                Arguments.of("8869", "21 alone", episode(e -> assessments(e, assessment("2025-05-02", "2025-06-02", "21"))), false),
                Arguments.of("8869", "21 with another factor", episode(e -> assessments(e, assessment("2025-05-02", "2025-06-02", "21", "3B"))), true),
                Arguments.of("8565", "CIN plan ending after closure", episode(e -> cinPlan(closed(e, d("2025-12-01")),
                        new CinPlan(d("2025-07-01"), d("2025-12-02")))), true),
                Arguments.of("1530", "LA code 820", valid(), false),
                Arguments.of("1530", "LA code 942, added in 2023", identifiers(i -> upn(i, "J942200000007")), false),
                Arguments.of("1530", "LA code 999", identifiers(i -> upn(i, "J999200000007")), true),
                Arguments.of("1570", "short id", valid(), false),
                Arguments.of("1570", "21 characters", identifiers(i -> laChildId(i, "ABCDEFGHIJKLMNOPQRSTU")), true),
                Arguments.of("1580", "letters and digits", valid(), false),
                Arguments.of("1580", "a hyphen", identifiers(i -> laChildId(i, "CT-1234")), true),
                Arguments.of("4220", "WBRI", valid(), false),
                Arguments.of("4220", "no ethnicity", characteristics(null, "NONE"), true),
                Arguments.of("4220", "not a code", characteristics("WHIT", "NONE"), true),
                Arguments.of("8530Q", "expected in June", identifiers(i -> birth(i, null, d("2026-06-01"), "U")), false),
                Arguments.of("8530Q", "expected after December", identifiers(i -> birth(i, null, d("2027-01-15"), "U")), true),
                Arguments.of("8535Q", "alive", valid(), false),
                Arguments.of("8535Q", "died before born", identifiers(i -> death(i, "2016-01-01")), true),
                Arguments.of("8540", "NONE", valid(), false),
                Arguments.of("8540", "no disability recorded", characteristics("WBRI"), true),
                Arguments.of("8540", "not a code", characteristics("WBRI", "BLIND"), true),
                Arguments.of("8590", "an episode", valid(), false),
                Arguments.of("8590", "no episode", withEpisodes(valid()), true),
                Arguments.of("8770Q", "a UPN", valid(), false),
                Arguments.of("8770Q", "no UPN, never attended a state school", identifiers(i -> upnUnknown(i, "UN2")), false),
                Arguments.of("8770Q", "no UPN, toddler", identifiers(i -> birth(upnUnknown(i, "UN6"), d("2024-02-01"), null, "F")), false),
                Arguments.of("8770Q", "no UPN, over school age at eight", identifiers(i -> upnUnknown(i, "UN1")), true),
                Arguments.of("8770Q", "no UPN and no reason", identifiers(i -> upnUnknown(i, null)), true),
                Arguments.of("8772", "UN7 and a no-further-action referral", withEpisodes(identifiers(i -> upnUnknown(i, "UN7")),
                        nfaReferral(valid().episodes().get(0), d("2025-05-01"))), false),
                Arguments.of("8772", "UN7 and a referral going on", identifiers(i -> upnUnknown(i, "UN7")), true),
                Arguments.of("8775Q", "eight years old", valid(), false),
                Arguments.of("8775Q", "26 and still open", identifiers(i -> birth(i, d("2000-01-01"), null, "F")), true),
                Arguments.of("8790", "NONE alone", valid(), false),
                Arguments.of("8790", "NONE and mobility", characteristics("WBRI", "NONE", "MOB"), true),
                Arguments.of("8794", "two codes", characteristics("WBRI", "MOB", "VIS"), false),
                Arguments.of("8794", "one code twice", characteristics("WBRI", "MOB", "MOB"), true),
                Arguments.of("8555", "referred before death", identifiers(i -> death(i, "2025-12-24")), false),
                Arguments.of("8555", "referred after death", identifiers(i -> death(i, "2025-04-20")), true),
                Arguments.of("8585Q", "closed, services ceased", episode(e -> closed(e, d("2025-12-01"))), false),
                Arguments.of("8585Q", "closed, died, no date of death", episode(e -> closedFor(e, "2025-12-01", "RC2")), true),
                Arguments.of("8600", "referred in May", valid(), false),
                Arguments.of("8600", "no referral date", episode(e -> referral(e, null, "N1", false)), true),
                Arguments.of("8600", "referred after the reference date", episode(e -> referral(e, d("2026-04-02"), "N1", false)), true),
                Arguments.of("8630", "closed after the referral", episode(e -> closed(e, d("2025-12-01"))), false),
                Arguments.of("8630", "closed before the referral", episode(e -> closedFor(e, "2025-04-20", "RC7")), true),
                Arguments.of("8640", "RC7", episode(e -> closed(e, d("2025-12-01"))), false),
                Arguments.of("8640", "RC10", episode(e -> closedFor(e, "2025-12-01", "RC10")), true),
                Arguments.of("8650", "N1", valid(), false),
                Arguments.of("8650", "N10", episode(e -> referral(e, e.referralDate(), "N10", false)), true),
                Arguments.of("8805", "closed with a reason", episode(e -> closed(e, d("2025-12-01"))), false),
                Arguments.of("8805", "closed without a reason", episode(e -> closedFor(e, "2025-12-01", null)), true),
                Arguments.of("8810", "open without a reason", valid(), false),
                Arguments.of("8810", "a reason but no closure", episode(e -> closedFor(e, null, "RC7")), true),
                Arguments.of("8815", "an earlier episode closed", withEpisodes(valid(), valid().episodes().get(0),
                        otherEpisode("2025-03-01", "2025-04-15", false)), false),
                Arguments.of("8815", "a later episode open too", withEpisodes(valid(), valid().episodes().get(0),
                        otherEpisode("2025-09-01", null, false)), true),
                Arguments.of("8816", "the open episode is the latest", withEpisodes(valid(), valid().episodes().get(0),
                        otherEpisode("2025-03-01", "2025-04-15", false)), false),
                Arguments.of("8816", "a later episode, closed", withEpisodes(valid(), valid().episodes().get(0),
                        otherEpisode("2025-09-01", "2025-10-01", false)), true),
                Arguments.of("8820", "referred the day the other closed", withEpisodes(valid(), valid().episodes().get(0),
                        otherEpisode("2025-03-01", "2025-05-01", false)), false),
                Arguments.of("8820", "referred while the other was open", withEpisodes(valid(), valid().episodes().get(0),
                        otherEpisode("2025-03-01", "2025-06-01", false)), true),
                Arguments.of("8825Q", "open", episode(e -> assessments(e)), false),
                Arguments.of("8825Q", "closed after assessment with one", episode(e -> closedFor(e, "2025-12-01", "RC8")), false),
                Arguments.of("8825Q", "closed after assessment without one", episode(e -> assessments(closedFor(e, "2025-12-01", "RC9"))), true),
                Arguments.of("8831", "no further action, nothing done", episode(e -> nfaReferral(e, d("2025-05-01"))), false),
                Arguments.of("8831", "no further action, assessed", episode(e -> assessments(nfaReferral(e, d("2025-05-01")),
                        assessment("2025-05-02", "2025-05-20", "21"))), true),
                Arguments.of("8866", "schools", valid(), false),
                Arguments.of("8866", "no source for a 2012 referral", episode(e -> source(referral(e, d("2012-05-01"), "N1", false), null)), false),
                Arguments.of("8866", "no source", episode(e -> source(e, null)), true),
                Arguments.of("8866", "not a code", episode(e -> source(e, "2Z")), true),
                Arguments.of("2990", "closed RC8 after an assessment alone", episode(e -> closedFor(assessed(), "2025-07-01", "RC8")), false),
                Arguments.of("2990", "closed RC8 with a plan", episode(e -> closedFor(e, "2025-12-01", "RC8")), true),
                Arguments.of("8873", "factors found", valid(), false),
                Arguments.of("8873", "no factors, closed RC8", episode(e -> closedFor(assessments(assessed(),
                        assessment("2025-05-02", "2025-06-02", "21")), "2025-06-05", "RC8")), false),
                Arguments.of("8873", "no factors, closed RC7", episode(e -> closedFor(assessments(assessed(),
                        assessment("2025-05-02", "2025-06-02", "21")), "2025-06-05", "RC7")), true),
                Arguments.of("1103", "assessed after the referral", valid(), false),
                Arguments.of("1103", "assessed before the referral", episode(e -> assessments(e, assessment("2025-04-20", "2025-05-20", "21"))), true),
                Arguments.of("8617", "factor 8B", episode(e -> assessments(e, assessment("2025-05-02", "2025-06-02", "8B"))), false),
                Arguments.of("8617", "factor 8A", episode(e -> assessments(e, assessment("2025-05-02", "2025-06-02", "8A"))), true),
                Arguments.of("8945Q", "factor 18B", episode(e -> assessments(e, assessment("2025-05-02", "2025-06-02", "18B"))), false),
                Arguments.of("8945Q", "factor 18A", episode(e -> assessments(e, assessment("2025-05-02", "2025-06-02", "18A"))), true),
                Arguments.of("8950Q", "factor 19C", episode(e -> assessments(e, assessment("2025-05-02", "2025-06-02", "19C"))), false),
                Arguments.of("8950Q", "factor 19A", episode(e -> assessments(e, assessment("2025-05-02", "2025-06-02", "19A"))), true),
                Arguments.of("8867", "closed after the assessment", episode(e -> closed(e, d("2025-12-01"))), false),
                Arguments.of("8867", "closed with the assessment open", episode(e -> closed(assessments(e,
                        assessment("2025-10-01", null)), d("2025-12-01"))), true),
                Arguments.of("8896", "one open", episode(e -> assessments(e, assessment("2026-03-01", null))), false),
                Arguments.of("8896", "two open", episode(e -> assessments(e, assessment("2026-02-01", null),
                        assessment("2026-03-01", null))), true),
                Arguments.of("8897", "factors", valid(), false),
                Arguments.of("8897", "no factors", episode(e -> assessments(e, assessment("2025-05-02", "2025-06-02"))), true),
                Arguments.of("8897", "not a factor", episode(e -> assessments(e, assessment("2025-05-02", "2025-06-02", "99Z"))), true),
                Arguments.of("8898", "two factors", valid(), false),
                Arguments.of("8898", "one factor twice", episode(e -> assessments(e, assessment("2025-05-02", "2025-06-02", "3B", "3B"))), true),
                Arguments.of("8899Q", "no disability", valid(), false),
                Arguments.of("8899Q", "a disability found at assessment", withEpisodes(characteristics("WBRI", "MOB"),
                        assessments(valid().episodes().get(0), assessment("2025-05-02", "2025-06-02", "6A"))), false),
                Arguments.of("8899Q", "a disability not found at assessment", characteristics("WBRI", "MOB"), true),
                Arguments.of("2991Q", "assessed", valid(), false),
                Arguments.of("2991Q", "an enquiry without an assessment", episode(e -> assessments(e)), true),
                Arguments.of("1104", "conference after the referral", valid(), false),
                Arguments.of("1104", "conference before the referral", episode(e -> enquiries(e,
                        enquiry("2025-04-10", null, "2025-04-24", false))), true),
                Arguments.of("2884", "conference on the enquiry only", valid(), false),
                Arguments.of("2884", "the same conference on the episode too", episode(e -> episodeConference(e, "2025-06-20")), true),
                Arguments.of("8615", "enquiry before its conference", valid(), false),
                Arguments.of("8615", "enquiry after its conference", episode(e -> enquiries(e,
                        enquiry("2025-06-25", null, "2025-06-20", false))), true),
                Arguments.of("8675Q", "waiting, started a week ago", episode(e -> enquiries(e,
                        enquiry("2026-03-23", null, null, false))), false),
                Arguments.of("8675Q", "waiting since January", episode(e -> enquiries(e, enquiry("2026-01-05", null, null, false))), true),
                Arguments.of("8715", "conference in the year", valid(), false),
                Arguments.of("8715", "conference after the reference date", episode(e -> enquiries(e,
                        enquiry("2025-06-03", null, "2026-04-14", false))), true),
                Arguments.of("8740", "waiting, started in the year", episode(e -> enquiries(e, enquiry("2026-03-23", null, null, false))), false),
                Arguments.of("8740", "waiting, started before the year", episode(e -> enquiries(e,
                        enquiry("2025-03-10", null, null, false))), true),
                Arguments.of("8839", "one waiting, one not needing a conference", episode(e -> enquiries(e,
                        enquiry("2025-06-03", null, null, true), enquiry("2026-03-23", null, null, false))), false),
                Arguments.of("8839", "two waiting", episode(e -> enquiries(e, enquiry("2025-06-03", null, null, false),
                        enquiry("2026-03-23", null, null, false))), true),
                Arguments.of("8870Q", "target on a Tuesday", valid(), false),
                Arguments.of("8870Q", "target on a Saturday", episode(e -> enquiries(e,
                        enquiry("2025-06-03", "2025-06-28", "2025-06-20", false))), true),
                Arguments.of("8875", "conference on a Friday", valid(), false),
                Arguments.of("8875", "conference on a Saturday", episode(e -> enquiries(e,
                        enquiry("2025-06-03", "2025-06-24", "2025-06-21", false))), true),
                Arguments.of("8890", "one enquiry after the other", episode(e -> enquiries(e,
                        enquiry("2025-06-03", null, "2025-06-20", false), enquiry("2025-06-23", null, null, false))), false),
                Arguments.of("8890", "the second starts while the first goes on", episode(e -> enquiries(e,
                        enquiry("2025-06-03", null, "2025-06-20", false), enquiry("2025-06-10", null, null, false))), true),
                Arguments.of("1105", "plan after the referral", valid(), false),
                Arguments.of("1105", "plan before the referral", episode(e -> plans(e, plan("2025-04-20", null))), true),
                Arguments.of("8720", "plan started in June", valid(), false),
                Arguments.of("8720", "plan starting after the reference date", episode(e -> plans(e, plan("2026-04-07", null))), true),
                Arguments.of("8730", "no previous plan", valid(), false),
                Arguments.of("8730", "a negative count", episode(e -> plans(e, new ProtectionPlan(d("2025-06-20"), null, "NEG", "NEG",
                        -1, List.of()))), true),
                Arguments.of("8905", "neglect", valid(), false),
                Arguments.of("8905", "not a category", episode(e -> plans(e, new ProtectionPlan(d("2025-06-20"), null, "ABC", "NEG",
                        0, List.of()))), true),
                Arguments.of("8910", "neglect", valid(), false),
                Arguments.of("8910", "no latest category", episode(e -> plans(e, new ProtectionPlan(d("2025-06-20"), null, "NEG", null,
                        0, List.of()))), true),
                Arguments.of("8915", "plan before death", episode(e -> plans(e, plan("2025-06-20", "2025-12-01"))), false),
                Arguments.of("8915", "plan after death", identifiers(i -> death(i, "2025-06-10")), true),
                Arguments.of("8920", "plan ending before death", withEpisodes(identifiers(i -> death(i, "2025-12-24")),
                        plans(valid().episodes().get(0), plan("2025-06-20", "2025-12-01"))), false),
                Arguments.of("8920", "plan ending after death", withEpisodes(identifiers(i -> death(i, "2025-11-01")),
                        plans(valid().episodes().get(0), plan("2025-06-20", "2025-12-01"))), true),
                Arguments.of("8925", "ending after the start", episode(e -> plans(e, plan("2025-06-20", "2025-12-01"))), false),
                Arguments.of("8925", "ending before the start", episode(e -> plans(e, plan("2025-06-20", "2025-06-01"))), true),
                Arguments.of("8930", "ended in the year", episode(e -> plans(e, plan("2025-06-20", "2025-12-01"))), false),
                Arguments.of("8930", "ending after the reference date", episode(e -> plans(e, plan("2025-06-20", "2026-04-10"))), true),
                Arguments.of("8935", "one open plan", valid(), false),
                Arguments.of("8935", "two open plans", episode(e -> plans(e, plan("2025-06-20", null), plan("2025-09-01", null))), true),
                Arguments.of("8940", "one plan after the other", episode(e -> plans(e, plan("2025-06-20", "2025-09-01"),
                        plan("2025-09-02", null))), false),
                Arguments.of("8940", "the second starts while the first runs", episode(e -> plans(e, plan("2025-06-20", "2025-12-01"),
                        plan("2025-09-01", null))), true),
                Arguments.of("8832", "no further action, no plan", episode(e -> nfaReferral(e, d("2025-05-01"))), false),
                Arguments.of("8832", "no further action, a plan", episode(e -> plans(nfaReferral(e, d("2025-05-01")),
                        plan("2025-05-01", "2025-05-02"))), true),
                Arguments.of("4000", "no further action, no plan", episode(e -> nfaReferral(e, d("2025-05-01"))), false),
                Arguments.of("4000", "no further action, a CIN plan", episode(e -> cinPlan(nfaReferral(e, d("2025-05-01")),
                        cin("2025-05-01", "2025-05-02"))), true),
                Arguments.of("4001", "a CIN plan ended before the protection plan", episode(e -> cinPlan(e,
                        cin("2025-05-05", "2025-06-20"))), false),
                Arguments.of("4001", "both open", episode(e -> cinPlan(e, cin("2025-05-05", null))), true),
                Arguments.of("4003", "review after the CIN plan", episode(e -> cinPlan(e, cin("2025-05-05", "2025-06-20"))), false),
                Arguments.of("4003", "review while the CIN plan runs", episode(e -> cinPlan(e, cin("2025-09-01", null))), true),
                Arguments.of("4004", "one open CIN plan", episode(e -> cinPlans(assessed(), cin("2025-06-05", "2025-09-01"),
                        cin("2025-09-02", null))), false),
                Arguments.of("4004", "two open CIN plans", episode(e -> cinPlans(assessed(), cin("2025-06-05", null),
                        cin("2025-09-02", null))), true),
                Arguments.of("4008", "CIN plan before death", withEpisodes(identifiers(i -> death(i, "2025-12-24")),
                        cinPlan(assessed(), cin("2025-06-05", "2025-09-01"))), false),
                Arguments.of("4008", "CIN plan starting after death", withEpisodes(identifiers(i -> death(i, "2025-12-24")),
                        cinPlan(assessed(), cin("2026-01-05", null))), true),
                Arguments.of("4009", "CIN plan ending after death", withEpisodes(identifiers(i -> death(i, "2025-08-24")),
                        cinPlan(assessed(), cin("2025-06-05", "2025-09-01"))), true),
                Arguments.of("4009", "CIN plan ending before death", withEpisodes(identifiers(i -> death(i, "2025-12-24")),
                        cinPlan(assessed(), cin("2025-06-05", "2025-09-01"))), false),
                Arguments.of("4010", "started in June", episode(e -> cinPlan(assessed(), cin("2025-06-05", null))), false),
                Arguments.of("4010", "starting after the reference date", episode(e -> cinPlan(assessed(), cin("2026-04-07", null))), true),
                Arguments.of("4011", "ending after the start", episode(e -> cinPlan(assessed(), cin("2025-06-05", "2025-09-01"))), false),
                Arguments.of("4011", "ending before the start", episode(e -> cinPlan(assessed(), cin("2025-06-05", "2025-06-01"))), true),
                Arguments.of("4012Q", "lasting", episode(e -> cinPlan(assessed(), cin("2025-06-05", "2025-09-01"))), false),
                Arguments.of("4012Q", "ending the day it started", episode(e -> cinPlan(assessed(), cin("2025-06-05", "2025-06-05"))), true),
                Arguments.of("4013", "ended in the year", episode(e -> cinPlan(assessed(), cin("2025-06-05", "2025-09-01"))), false),
                Arguments.of("4013", "ending after the reference date", episode(e -> cinPlan(assessed(), cin("2025-06-05", "2026-04-10"))), true),
                Arguments.of("4014", "one after the other", episode(e -> cinPlans(assessed(), cin("2025-06-05", "2025-09-01"),
                        cin("2025-09-02", null))), false),
                Arguments.of("4014", "the second starts while the first runs", episode(e -> cinPlans(assessed(),
                        cin("2025-06-05", "2025-09-01"), cin("2025-08-01", null))), true),
                Arguments.of("4015", "after the referral", episode(e -> cinPlan(assessed(), cin("2025-06-05", null))), false),
                Arguments.of("4015", "before the referral", episode(e -> cinPlan(assessed(), cin("2025-04-20", null))), true),
                Arguments.of("4016", "CIN plan starting the day the protection plan ended", episode(e -> cinPlan(plans(e,
                        plan("2025-06-20", "2025-10-01")), cin("2025-10-01", null))), false),
                Arguments.of("4016", "CIN plan starting while the protection plan runs", episode(e -> cinPlan(e,
                        cin("2025-07-01", null))), true),
                Arguments.of("4017", "protection plan starting the day the CIN plan ended", episode(e -> cinPlan(e,
                        cin("2025-05-05", "2025-06-20"))), false),
                Arguments.of("4017", "protection plan starting while the CIN plan runs", episode(e -> cinPlan(e,
                        cin("2025-05-05", "2025-07-01"))), true));
    }

    @ParameterizedTest(name = "{0} {1}: broken={3}")
    @MethodSource("table")
    void each_rule_passes_the_records_that_keep_it_and_names_the_episode_of_those_that_break_it(
            String code, String description, ReturnedChild child, boolean broken) {
        CensusRule rule = RULES.get(code);
        List<Breach> breaches = rule.check(child, YEAR);
        assertThat(breaches).as(description).hasSize(broken ? 1 : 0);
        if (broken) {
            assertThat(breaches.get(0).caseId()).isEqualTo(rule instanceof ChildRule ? null : CASE);
        }
    }

    @Test
    void the_valid_child_keeps_every_rule() {
        for (CensusRule rule : RULES.values()) {
            assertThat(rule.check(valid(), YEAR)).as(rule.code()).isEmpty();
        }
    }

    @Test
    void every_rule_has_a_record_that_breaks_it_in_the_table_and_q_rules_are_queries() {
        Set<String> broken = table().filter(a -> (boolean) a.get()[3]).map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        assertThat(broken).containsAll(RULES.keySet());
        RULES.values().forEach(r -> assertThat(r.severity()).isEqualTo(r.code().endsWith("Q") ? Severity.QUERY : Severity.ERROR));
        assertThat(RULES.values()).allSatisfy(r -> assertThat(r.message()).isNotBlank());
    }

    @Test
    void two_children_with_one_upn_break_1520_once() {
        UniqueUpns upns = new UniqueUpns();
        assertThat(upns.check(valid(), YEAR)).isEmpty();
        assertThat(upns.check(identifiers(i -> upnUnknown(i, "UN2")), YEAR)).isEmpty();
        assertThat(upns.check(identifiers(i -> upnUnknown(i, "UN2")), YEAR)).isEmpty();
        assertThat(upns.check(valid(), YEAR)).containsExactly(new Breach(null));
        assertThat(upns.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void two_children_with_one_la_child_id_break_8510_once() {
        UniqueLaChildIds ids = new UniqueLaChildIds();
        assertThat(ids.repeated(valid())).isFalse();
        assertThat(ids.repeated(identifiers(i -> new Identifiers("CT9999", i.upn(), null, null, i.birthDate(), null, "F", null)))).isFalse();
        assertThat(ids.repeated(valid())).isTrue();
    }
}
