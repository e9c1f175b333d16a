-- Files sent with a message (the iCalendar event of an invitation): one per line, file name, content
-- type and Base64 content separated by tabs.
ALTER TABLE outbox ADD COLUMN attachments MEDIUMTEXT NULL;
