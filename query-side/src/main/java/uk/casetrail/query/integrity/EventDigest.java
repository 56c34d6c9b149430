package uk.casetrail.query.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One link of the hash chain: SHA-256 over the previous link's hash and every stored column of the
 * event, each written with its length so that no two different rows can hash alike by shifting bytes
 * between columns. Missing values (null) are marked apart from empty ones.
 */
final class EventDigest {

    static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data";
    static final byte[] GENESIS = new byte[32];

    private final MessageDigest sha256;

    EventDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required", e);
        }
    }

    /** The link of the event in the current row of a result set selecting {@link #COLUMNS}. */
    byte[] link(byte[] previous, ResultSet event) throws SQLException {
        sha256.reset();
        sha256.update(previous);
        number(event.getLong("global_index"));
        text(event.getString("event_identifier"));
        text(event.getString("aggregate_identifier"));
        number(event.getLong("sequence_number"));
        text(event.getString("type"));
        text(event.getString("time_stamp"));
        text(event.getString("payload_type"));
        text(event.getString("payload_revision"));
        bytes(event.getBytes("payload"));
        bytes(event.getBytes("meta_data"));
        return sha256.digest();
    }

    private void number(long value) {
        sha256.update(ByteBuffer.allocate(8).putLong(value).array());
    }

    private void text(String value) {
        bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(byte[] value) {
        if (value == null) {
            sha256.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        sha256.update(ByteBuffer.allocate(4).putInt(value.length).array());
        sha256.update(value);
    }
}
