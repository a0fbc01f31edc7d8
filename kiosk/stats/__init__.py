"""Local usage statistics in SQLite: visits, screens and items opened, switches; nothing leaves
the box.

`recorder.UsageRecorder` writes (a thread, batched each second), `report` reads (no Qt),
`schema` opens a database and migrates it, `legacy` imports the old JSON-lines files.
"""
