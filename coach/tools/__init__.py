"""Developer tools that generate committed project files (figures, benchmark data)."""
