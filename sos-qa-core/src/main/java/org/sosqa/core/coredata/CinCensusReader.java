package org.sosqa.core.coredata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sosqa.core.coredata.Episodes.Assessment;
import org.sosqa.core.coredata.Episodes.ProtectionPlan;
import org.sosqa.core.coredata.Episodes.Referral;
import org.sosqa.core.coredata.Episodes.Section47;

/**
 * Reads a DfE children in need census XML file ({@code CIN_schema_2024.xsd}: {@code Message/Children/Child}
 * with {@code ChildIdentifiers} and {@code CINdetails}) into {@link CoreData} ({@link #read}), or hands each
 * child to a {@link CoreDataSink} as it is read ({@link #stream}), for example an {@link IndicatorTally}.
 *
 * <p>Streaming: one {@code Child} is held in memory at a time. Secure: DTDs and external entities are
 * switched off, so a document that declares or references one is reported, never resolved. Every record
 * that cannot be used is left out and reported with its {@code file:line}; the rest is read. Elements the
 * indicators do not need are skipped without checking, so this is not a schema validator.
 */
public final class CinCensusReader {

    private static final Logger LOG = LoggerFactory.getLogger(CinCensusReader.class);

    private CinCensusReader() {
    }

    /** Reads a census file; locations are written {@code FILENAME:LINE}. */
    public static CoreData read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a census document.
     *
     * @param in the XML
     * @param source its name in locations ({@code source:line})
     * @return the valid episodes and the problems
     */
    public static CoreData read(InputStream in, String source) {
        List<ChildEpisodes> children = new ArrayList<>();
        List<DataProblem> problems = new ArrayList<>();
        Integer year = stream(in, source, new CoreDataSink() {
            @Override
            public void child(ChildEpisodes child) {
                children.add(child);
            }

            @Override
            public void problem(DataProblem problem) {
                problems.add(problem);
            }
        });
        return new CoreData(children, problems, year);
    }

    /**
     * Reads a census file and hands each child to a sink as soon as the child's element ends, keeping none;
     * locations are written {@code FILENAME:LINE}.
     *
     * @param file the census file
     * @param sink takes each child and each problem, in the order {@link #read(Path)} lists them
     * @return the collection year the header names ({@code Year}), or null
     */
    public static Integer stream(Path file, CoreDataSink sink) {
        try (InputStream in = Files.newInputStream(file)) {
            return stream(in, file.getFileName().toString(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a census document and hands each child to a sink as soon as the child's element ends, keeping
     * none: memory holds one child at a time, however large the file. A child's problems are handed over
     * before the child; a file that stops being well-formed ends with a {@link ProblemKind#MALFORMED_XML}
     * problem after the children read up to there.
     *
     * @param in the XML
     * @param source its name in locations ({@code source:line})
     * @param sink takes each child and each problem, in the order {@link #read(InputStream, String)} lists them
     * @return the collection year the header names ({@code Year}), or null
     */
    public static Integer stream(InputStream in, String source, CoreDataSink sink) {
        List<DataProblem> problems = new ArrayList<>();
        long children = 0;
        long problemCount = 0;
        XMLStreamReader xml = null;
        Integer year = null;
        try {
            xml = factory().createXMLStreamReader(in);
            Deque<Node> open = new ArrayDeque<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (open.isEmpty() && name.equals("Year")) {
                        String text = xml.getElementText().strip();
                        year = text.matches("\\d{4}") ? Integer.valueOf(text) : null;
                        continue;
                    }
                    if (open.isEmpty() && !name.equals("Child")) {
                        continue;
                    }
                    Node node = new Node(name, xml.getLocation().getLineNumber());
                    if (!open.isEmpty()) {
                        open.peek().children.add(node);
                    }
                    open.push(node);
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && !open.isEmpty()) {
                    open.peek().text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && !open.isEmpty()) {
                    Node done = open.pop();
                    if (open.isEmpty()) {
                        ChildEpisodes child = child(done, source, problems);
                        problemCount += problems.size();
                        problems.forEach(sink::problem);
                        problems.clear();
                        if (child != null) {
                            children++;
                            sink.child(child);
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            problemCount++;
            sink.problem(new DataProblem(null, source + ":" + line, RecordKind.FILE, ProblemKind.MALFORMED_XML,
                    "not well-formed XML, the rest of the file is not read: " + plain(e.getMessage())));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader that already failed
                }
            }
        }
        LOG.debug("census read: {} children, {} records left out", children, problemCount);
        return year;
    }

    /**
     * Reads only the census header's collection year, stopping at the first child.
     *
     * @param file the census file
     * @return the header's {@code Year}, or null when it names none (or the file is not readable XML)
     */
    public static Integer censusYear(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getLocalName();
                        if (name.equals("Child")) {
                            return null;
                        }
                        if (name.equals("Year")) {
                            String text = xml.getElementText().strip();
                            return text.matches("\\d{4}") ? Integer.valueOf(text) : null;
                        }
                    }
                }
                return null;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            return null; // the full read reports where the file stops being well-formed
        } catch (IOException e) {
            throw new UncheckedIOException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    // StAX messages start with "ParseError at [row,col]:[3,5]\nMessage: ..."; keep the message only.
    private static String plain(String message) {
        if (message == null) {
            return "unreadable";
        }
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + 9) : message).strip();
    }

    /** One element of the current child, held only until the child is read. */
    private static final class Node {
        final String name;
        final int line;
        final StringBuilder text = new StringBuilder();
        final List<Node> children = new ArrayList<>();

        Node(String name, int line) {
            this.name = name;
            this.line = line;
        }

        Node first(String child) {
            for (Node n : children) {
                if (n.name.equals(child)) {
                    return n;
                }
            }
            return null;
        }

        List<Node> all(String child) {
            return children.stream().filter(n -> n.name.equals(child)).toList();
        }
    }

    private static ChildEpisodes child(Node child, String source, List<DataProblem> problems) {
        Node ids = child.first("ChildIdentifiers");
        Node idNode = ids == null ? null : ids.first("LAchildID");
        String id = idNode == null ? "" : idNode.text.toString().strip();
        if (id.isEmpty()) {
            problems.add(new DataProblem(null, source + ":" + child.line, RecordKind.CHILD,
                    ProblemKind.MISSING_IDENTIFIER, "Child has no LAchildID; the whole child is left out"));
            return null;
        }
        Reading r = new Reading(id, source, problems);
        ChildBuilder b = new ChildBuilder(id);
        Node birth = ids.first("PersonBirthDate");
        if (birth != null) {
            DateText.Result d = DateText.read(birth.text.toString(), "PersonBirthDate");
            b.birthDate = d.date(); // used only to stratify by age; an unreadable one is just not known
        }
        characteristic(b, "gender", ids.first("GenderCurrent"));
        Node traits = child.first("ChildCharacteristics");
        if (traits != null) {
            characteristic(b, "ethnicity", traits.first("Ethnicity"));
            Node disabilities = traits.first("Disabilities");
            if (disabilities != null) {
                String codes = disabilities.all("Disability").stream().map(n -> n.text.toString().strip())
                        .filter(t -> !t.isEmpty()).sorted().distinct()
                        .collect(java.util.stream.Collectors.joining("+"));
                if (!codes.isEmpty()) {
                    b.characteristics.put("disability", codes);
                }
            }
        }
        for (Node cin : child.all("CINdetails")) {
            LocalDate referral = r.date(cin, "CINreferralDate", true, RecordKind.REFERRAL,
                    "; the referral and its assessments and enquiries are left out");
            if (referral == null) {
                continue;
            }
            b.referrals.add(new Referral(referral, r.at(cin)));
            for (Node a : cin.all("Assessments")) {
                LocalDate start = r.date(a, "AssessmentActualStartDate", true, RecordKind.ASSESSMENT, "");
                if (start == null || r.failed) {
                    continue;
                }
                LocalDate authorised = r.date(a, "AssessmentAuthorisationDate", false, RecordKind.ASSESSMENT, "");
                if (r.failed) {
                    continue;
                }
                if (start.isBefore(referral)) {
                    r.problem(a, RecordKind.ASSESSMENT, ProblemKind.ENDS_BEFORE_STARTS,
                            "AssessmentActualStartDate is before the CINreferralDate");
                } else if (authorised != null && authorised.isBefore(start)) {
                    r.problem(a, RecordKind.ASSESSMENT, ProblemKind.ENDS_BEFORE_STARTS,
                            "AssessmentAuthorisationDate is before AssessmentActualStartDate");
                } else {
                    b.assessments.add(new Assessment(referral, start, authorised, r.at(a)));
                }
            }
            for (Node s : cin.all("Section47")) {
                LocalDate start = r.date(s, "S47ActualStartDate", true, RecordKind.SECTION_47, "");
                if (start == null) {
                    continue;
                }
                LocalDate icpc = r.date(s, "DateOfInitialCPC", false, RecordKind.SECTION_47, "");
                if (r.failed) {
                    continue;
                }
                if (icpc != null && icpc.isBefore(start)) {
                    r.problem(s, RecordKind.SECTION_47, ProblemKind.ENDS_BEFORE_STARTS,
                            "DateOfInitialCPC is before S47ActualStartDate");
                } else {
                    b.section47s.add(new Section47(start, icpc, r.at(s)));
                }
            }
            for (Node p : cin.all("ChildProtectionPlans")) {
                plan(p, r, b);
            }
        }
        return b.build(problems);
    }

    private static void characteristic(ChildBuilder b, String key, Node node) {
        if (node != null && !node.text.toString().isBlank()) {
            b.characteristics.put(key, node.text.toString().strip());
        }
    }

    private static void plan(Node p, Reading r, ChildBuilder b) {
        LocalDate start = r.date(p, "CPPstartDate", true, RecordKind.PROTECTION_PLAN, "");
        if (start == null) {
            return;
        }
        LocalDate end = r.date(p, "CPPendDate", false, RecordKind.PROTECTION_PLAN, "");
        if (r.failed) {
            return;
        }
        Integer previous = null;
        Node prev = p.first("NumberOfPreviousCPP");
        if (prev != null && !prev.text.toString().isBlank()) {
            String t = prev.text.toString().strip();
            try {
                previous = Integer.valueOf(t);
                if (previous < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                r.problem(prev, RecordKind.PROTECTION_PLAN, ProblemKind.UNPARSEABLE_VALUE,
                        "NumberOfPreviousCPP is not a whole number of plans: " + t);
                return;
            }
        }
        if (end != null && end.isBefore(start)) {
            r.problem(p, RecordKind.PROTECTION_PLAN, ProblemKind.ENDS_BEFORE_STARTS, "CPPendDate is before CPPstartDate");
            return;
        }
        b.plans.add(new ProtectionPlan(start, end, previous, r.at(p)));
    }

    /** Reads one child's dates, recording each problem once. */
    private static final class Reading {
        final String childId;
        final String source;
        final List<DataProblem> problems;
        /** Whether the last {@link #date} call found a problem. */
        boolean failed;

        Reading(String childId, String source, List<DataProblem> problems) {
            this.childId = childId;
            this.source = source;
            this.problems = problems;
        }

        String at(Node n) {
            return source + ":" + n.line;
        }

        LocalDate date(Node parent, String element, boolean required, RecordKind record, String consequence) {
            failed = false;
            Node n = parent.first(element);
            if (n == null) {
                if (required) {
                    problem(parent, record, ProblemKind.MISSING_DATE, element + " is missing" + consequence);
                }
                return null;
            }
            if (!required && n.text.toString().isBlank()) {
                return null;
            }
            DateText.Result d = DateText.read(n.text.toString(), element);
            if (d.date() == null) {
                problem(n, record, d.problem(), d.message() + consequence);
            }
            return d.date();
        }

        void problem(Node at, RecordKind record, ProblemKind kind, String message) {
            failed = true;
            problems.add(new DataProblem(childId, at(at), record, kind, message));
        }
    }
}
