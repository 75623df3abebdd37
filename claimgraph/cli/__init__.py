"""The claimgraph command: thin Typer commands that parse, call one library function, render."""
