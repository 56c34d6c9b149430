-- The register asks for the plans open on a date: started on or before it and not ended by it. Nearly
-- every plan started before any date asked about, so an index led by the start narrows nothing, and
-- the register read every plan that ever was, its cost growing with the authority's history rather
-- than with the children on plans. Led by the end (an open plan's end is infinity), the index finds
-- the plans still open on the date and those ended since, and no others.
CREATE INDEX protection_plan_open_on ON protection_plan ((COALESCE(ended_on, 'infinity'::date)), started_on);
