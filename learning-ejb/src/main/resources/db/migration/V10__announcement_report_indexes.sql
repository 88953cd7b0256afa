-- The publishers' views of announcements (issue 5): their list and the acknowledgement report.

-- The report joins every person of an audience (up to 50,000) to their receipt and counts reads
-- and standing acknowledgements: with both times in the index this is an index-only scan of one
-- announcement's receipts instead of a heap visit per receipt.
create index announcement_receipt_report_ix
    on announcement_receipt (announcement_id, username) include (read_at, acknowledged_at);

-- HR and administrators list everybody's announcements, newest first (publishers their own, which
-- announcement_created_by_ix serves).
create index announcement_created_ix on announcement (created_at desc, id desc);
