"""Services: what the views and the CLI may do with the store, one module per job."""
