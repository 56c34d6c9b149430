-- Whether the case's latest strategy discussion decided SECTION_47 and no enquiry has started on it yet: only
-- then does a later discussion deciding NO_SECTION_47 stop the initial conference clock (an enquiry begun, or
-- concluded asking for a conference, still needs its conference). Cases projected before this migration are
-- taken as not pending, so such a discussion leaves their clock as it was; a rebuild sets it from the log.
ALTER TABLE case_view ADD COLUMN section47_pending BOOLEAN NOT NULL DEFAULT FALSE;
