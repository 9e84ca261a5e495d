"""From a document to attributed statements: quotations, cues, people, and who said each statement."""
