-- Child search lists children by name and stops at a page of those the reader may open: walking this
-- index in that order, it reads only as far as it needs instead of sorting every match first.
CREATE INDEX child_summary_by_name ON child_summary (family_name, given_name, child_id);
