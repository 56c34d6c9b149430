-- The team that registered a child holds the child's record until a contact opens a case.
ALTER TABLE child_summary ADD COLUMN registered_by_team TEXT;
