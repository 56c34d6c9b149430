package uk.casetrail.returns.census.imports;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CIN census file into its elements, refusing what is not well formed, any DOCTYPE or entity
 * (no external entities, no entity expansion: the parser is told not to, and refuses if one appears
 * anyway), and any element the message structure does not allow where it stands.
 */
final class CensusFile {

    /** Which elements may stand in which; the names not listed here hold text only. */
    private static final Map<String, Set<String>> STRUCTURE = Map.ofEntries(
            Map.entry("Message", Set.of("Header", "Children")),
            Map.entry("Header", Set.of("CollectionDetails", "Source")),
            Map.entry("CollectionDetails", Set.of("Collection", "Year", "ReferenceDate")),
            Map.entry("Source", Set.of("SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime")),
            Map.entry("Children", Set.of("Child")),
            Map.entry("Child", Set.of("ChildIdentifiers", "ChildCharacteristics", "CINdetails")),
            Map.entry("ChildIdentifiers", Set.of("LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate",
                    "ExpectedPersonBirthDate", "Sex", "PersonDeathDate")),
            Map.entry("ChildCharacteristics", Set.of("Ethnicity", "Disabilities")),
            Map.entry("Disabilities", Set.of("Disability")),
            Map.entry("CINdetails", Set.of("CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate",
                    "ReasonForClosure", "DateOfInitialCPC", "ReferralNFA", "Assessments", "CINPlanDates", "Section47",
                    "ChildProtectionPlans")),
            Map.entry("Assessments", Set.of("AssessmentActualStartDate", "AssessmentInternalReviewDate",
                    "AssessmentAuthorisationDate", "FactorsIdentifiedAtAssessment")),
            Map.entry("FactorsIdentifiedAtAssessment", Set.of("AssessmentFactors")),
            Map.entry("CINPlanDates", Set.of("CINPlanStartDate", "CINPlanEndDate")),
            Map.entry("Section47", Set.of("S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired")),
            Map.entry("ChildProtectionPlans", Set.of("CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse",
                    "LatestCategoryOfAbuse", "NumberOfPreviousCPP", "Reviews")),
            Map.entry("Reviews", Set.of("CPPreviewDate")));

    private static final XMLInputFactory FACTORY = hardened();

    private CensusFile() {
    }

    private static XMLInputFactory hardened() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    private static final class Open {
        final String name;
        final String path;
        final int line;
        final StringBuilder text = new StringBuilder();
        final List<CensusElement> children = new ArrayList<>();
        final Map<String, Integer> counts = new HashMap<>();

        Open(String name, String path, int line) {
            this.name = name;
            this.path = path;
            this.line = line;
        }
    }

    /** The root element, Message. */
    static CensusElement read(byte[] file) {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(file));
            Deque<Open> open = new ArrayDeque<>();
            CensusElement root = null;
            while (xml.hasNext()) {
                int event = xml.next();
                int line = xml.getLocation().getLineNumber();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new FileRefused(line, null, "a DOCTYPE is not allowed in a census file");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new FileRefused(line, null, "entities are not allowed in a census file");
                    case XMLStreamConstants.START_ELEMENT -> open.push(start(xml.getLocalName(), open.peek(), line));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Open done = open.pop();
                        if (STRUCTURE.containsKey(done.name) && !done.text.toString().isBlank()) {
                            throw new FileRefused(done.line, done.path, done.name + " holds elements, not text");
                        }
                        CensusElement element = new CensusElement(done.name, done.path, done.line, done.text.toString(),
                                List.copyOf(done.children));
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children.add(element);
                        }
                    }
                    default -> {
                        // comments, processing instructions and whitespace carry nothing the census needs
                    }
                }
            }
            if (root == null) {
                throw new FileRefused(1, null, "the file holds no census message");
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new FileRefused(line, null, "not well-formed XML: " + e.getMessage().replaceAll("(?s)^ParseError at \\[[^]]*]\\s*Message:\\s*", ""));
        } finally {
            close(xml);
        }
    }

    private static Open start(String name, Open parent, int line) {
        if (parent == null) {
            if (!name.equals("Message")) {
                throw new FileRefused(line, "/" + name, "a CIN census file starts with Message, not " + name);
            }
            return new Open(name, "/Message", line);
        }
        Set<String> allowed = STRUCTURE.get(parent.name);
        if (allowed == null || !allowed.contains(name)) {
            throw new FileRefused(line, parent.path + "/" + name, name + " is not allowed in " + parent.name);
        }
        int index = parent.counts.merge(name, 1, Integer::sum);
        return new Open(name, parent.path + "/" + name + "[" + index + "]", line);
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing was held open that closing could save
        }
    }
}
