package uk.casetrail.returns.census.export;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.io.OutputStream;
import java.time.LocalDateTime;

/**
 * The DfE CIN census XML message, written as it streams: the header, then one Child element at a
 * time, in the element order of the specification's schema.
 */
final class CinCensusMessage implements AutoCloseable {

    /** Who made the file, as the header's Source says it. */
    record Source(String lea, String softwareCode, String release, String serialNo, LocalDateTime dateTime) {
    }

    private final CensusXml xml;

    CinCensusMessage(OutputStream out, CensusYear year, Source source) {
        xml = new CensusXml(out);
        xml.open("Message").open("Header")
                .open("CollectionDetails")
                .element("Collection", "CIN")
                .element("Year", year.referenceDate().getYear())
                .element("ReferenceDate", year.referenceDate())
                .end()
                .open("Source")
                .element("SourceLevel", "L")
                .element("LEA", source.lea())
                .element("SoftwareCode", source.softwareCode())
                .element("Release", source.release())
                .element("SerialNo", source.serialNo())
                .element("DateTime", source.dateTime())
                .end()
                .end()
                .open("Children");
    }

    void write(ReturnedChild child) {
        ReturnedChild.Identifiers id = child.identifiers();
        xml.open("Child").open("ChildIdentifiers")
                .element("LAchildID", id.laChildId())
                .element("UPN", id.upn())
                .element("FormerUPN", id.formerUpn())
                .element("UPNunknown", id.upnUnknown())
                .element("PersonBirthDate", id.birthDate())
                .element("ExpectedPersonBirthDate", id.expectedBirthDate())
                .element("Sex", id.sex())
                .element("PersonDeathDate", id.deathDate())
                .end();
        xml.open("ChildCharacteristics").element("Ethnicity", child.characteristics().ethnicity())
                .group("Disabilities", "Disability", child.characteristics().disabilities())
                .end();
        child.episodes().forEach(this::write);
        xml.end();
    }

    private void write(ReturnedChild.CinDetails e) {
        xml.open("CINdetails")
                .element("CINreferralDate", e.referralDate())
                .element("ReferralSource", e.referralSource())
                .element("PrimaryNeedCode", e.primaryNeed())
                .element("CINclosureDate", e.closureDate())
                .element("ReasonForClosure", e.reasonForClosure())
                .element("DateOfInitialCPC", e.dateOfInitialCpc())
                .element("ReferralNFA", e.referralNfa());
        for (ReturnedChild.Assessment a : e.assessments()) {
            xml.open("Assessments")
                    .element("AssessmentActualStartDate", a.startDate())
                    .element("AssessmentAuthorisationDate", a.authorisationDate())
                    .group("FactorsIdentifiedAtAssessment", "AssessmentFactors", a.factors())
                    .end();
        }
        for (ReturnedChild.CinPlan p : e.cinPlans()) {
            xml.open("CINPlanDates").element("CINPlanStartDate", p.startDate()).element("CINPlanEndDate", p.endDate()).end();
        }
        for (ReturnedChild.Section47 s : e.section47s()) {
            xml.open("Section47")
                    .element("S47ActualStartDate", s.startDate())
                    .element("InitialCPCtarget", s.initialCpcTarget())
                    .element("DateOfInitialCPC", s.dateOfInitialCpc())
                    .element("ICPCnotRequired", s.icpcNotRequired())
                    .end();
        }
        for (ReturnedChild.ProtectionPlan p : e.protectionPlans()) {
            xml.open("ChildProtectionPlans")
                    .element("CPPstartDate", p.startDate())
                    .element("CPPendDate", p.endDate())
                    .element("InitialCategoryOfAbuse", p.initialCategory())
                    .element("LatestCategoryOfAbuse", p.latestCategory())
                    .element("NumberOfPreviousCPP", p.numberOfPreviousPlans())
                    .group("Reviews", "CPPreviewDate", p.reviewDates())
                    .end();
        }
        xml.end();
    }

    /** Lets what has been written so far go to the client. */
    void flush() {
        xml.flush();
    }

    @Override
    public void close() {
        xml.end().end();
        xml.close();
    }
}
