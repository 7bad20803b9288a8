"""Pages for people: a browse page, a page per record, embeddable pages and a web component.
Server-rendered, readable without JavaScript, printable, with schema.org JSON-LD."""
