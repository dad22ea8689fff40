// Keeps the newslens_tools library valid while tools/lib/ is empty.
