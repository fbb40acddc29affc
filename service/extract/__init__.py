"""The NLP core: spaCy components and the pipeline that runs them. No Kafka here."""
