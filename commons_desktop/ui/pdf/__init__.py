"""PDF output through Qt's own QTextDocument and QPdfWriter (exchange helper's module)."""
