-- A note's chronology entry keeps the worker's analysis of the impact on the child, and the action
-- taken, apart from what happened (recording practice: fact and professional opinion kept apart).
-- Entries of other events, and notes recorded before this, have neither.
ALTER TABLE chronology_entry ADD COLUMN impact text, ADD COLUMN action_taken text;
