-- Version 4: a lead with only a name, or only a company, is keyed by that alone, so re-importing it finds it instead
-- of adding it again. hotlist_name_key is LeadKeys.nameKey, registered on the connection while migrating.
UPDATE lead SET name_key = hotlist_name_key(name, company) WHERE name_key = '' AND (name <> '' OR company <> '');
UPDATE lead_before SET name_key = hotlist_name_key(name, company)
    WHERE name_key = '' AND (name <> '' OR company <> '');
