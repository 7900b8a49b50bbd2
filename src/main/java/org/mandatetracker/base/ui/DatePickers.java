package org.mandatetracker.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.mandatetracker.base.Message;

/**
 * Every date picker of the UI, in the reader's language: its calendar's month and weekday names, its
 * first day of the week and its buttons (Vaadin's own texts are English whatever the page's locale),
 * and the dates typed and shown as the reader writes them.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker labelled(String label) {
        Locale locale = LocalFormats.locale();
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        picker.setI18n(i18n(locale));
        return picker;
    }

    /** The names from the JDK's data for {@code locale}; the buttons' words from the bundles, in the page's language. */
    private static DatePicker.DatePickerI18n i18n(Locale locale) {
        // the component counts weekdays from Sunday, as JavaScript's Date does
        List<DayOfWeek> fromSunday = Stream.iterate(DayOfWeek.SUNDAY, day -> day.plus(1)).limit(7).toList();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(firstDayOfWeek(locale).getValue() % 7)
                .setToday(Labels.of(Message.of("datePicker.today")))
                .setCancel(Labels.of(Message.of("datePicker.cancel")));
    }

    /** A language without a country ("fr") has no week of its own in the JDK, which then says Sunday: weeks are ISO's. */
    private static DayOfWeek firstDayOfWeek(Locale locale) {
        return locale.getCountry().isEmpty() ? WeekFields.ISO.getFirstDayOfWeek() : WeekFields.of(locale).getFirstDayOfWeek();
    }
}
