-- A file belongs to one announcement: publishing refuses a file another announcement links, and
-- the download of a file finds its announcement through this index.
create unique index announcement_attachment_file_uk on announcement_attachment (attachment_id);
