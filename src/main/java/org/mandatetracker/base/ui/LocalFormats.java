package org.mandatetracker.base.ui;

import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates, times and numbers as the reader's language writes them ("19 Aug 2021", "19 août 2021";
 * "1,234", "1 234"), from the current UI's locale, which {@code LanguageOfThePage} sets.
 */
public final class LocalFormats {

    private LocalFormats() {
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.UK : ui.getLocale();
    }

    public static DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
    }

    public static String date(LocalDate date) {
        return date == null ? "" : dateFormat().format(date);
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .withZone(zone).format(instant);
    }

    public static String number(long number) {
        return NumberFormat.getIntegerInstance(locale()).format(number);
    }
}
