"""newsflow: Kafka-native news enrichment."""

__version__ = "0.1.0"
