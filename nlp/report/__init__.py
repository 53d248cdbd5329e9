"""Writers: claims lists and comparison reports in the terminal, Markdown, CSV, HTML, JSON."""
