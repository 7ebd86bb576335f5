"""Content: one page tree for the whole city, shared page types, snippets and images."""
