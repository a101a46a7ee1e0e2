package no.maturo.model;

public enum MaturityLevel {
    LOW,
    MEDIUM,
    HIGH
}
