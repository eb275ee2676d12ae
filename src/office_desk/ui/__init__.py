"""The Qt widgets: the main window and one module per view or dialog."""
