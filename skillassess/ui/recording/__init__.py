"""Recording assessments in the GUI: the session planner, the criteria grid and its side panel, progress."""
