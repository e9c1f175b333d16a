-- The names, e-mail addresses and phone numbers a contact person had before a coordinator corrected them,
-- one per line: messages and declarations written earlier still hold them, and an erasure must find them.
ALTER TABLE partner_contact ADD COLUMN former_values MEDIUMTEXT NULL;
