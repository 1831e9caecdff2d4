package org.threatloom.app.cli;

/** Output format of every reporting command ({@code --format text|json}). */
public enum Format {
    text, json
}
