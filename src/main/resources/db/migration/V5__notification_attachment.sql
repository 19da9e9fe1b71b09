-- A notification may carry a public document (e.g. the registered decision's PDF) as an e-mail attachment.
alter table notification add column attachment_source_key varchar(120);
