package uk.casetrail.returns.census.export;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.IOException;

/**
 * A StAX writer that leaves out an element with no value (the census omits what is not known) and
 * puts each element on its own line, so that two returns can be compared with an ordinary diff.
 */
final class CensusXml implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private int depth;

    CensusXml(OutputStream out) {
        try {
            xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    CensusXml open(String name) {
        try {
            indent();
            xml.writeStartElement(name);
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    CensusXml end() {
        try {
            depth--;
            indent();
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    CensusXml element(String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            indent();
            xml.writeStartElement(name);
            xml.writeCharacters(value.toString());
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** A group of repeated items (factors, disabilities, reviews), left out when there are none. */
    CensusXml group(String name, String item, java.util.List<?> values) {
        if (values.isEmpty()) {
            return this;
        }
        open(name);
        values.forEach(v -> element(item, v));
        return end();
    }

    void flush() {
        try {
            xml.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static UncheckedIOException failed(XMLStreamException e) {
        return new UncheckedIOException(new IOException("could not write the census file", e));
    }
}
