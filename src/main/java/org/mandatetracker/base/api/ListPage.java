package org.mandatetracker.base.api;

import java.util.List;
import org.springframework.http.ResponseEntity;

/**
 * The page a list endpoint answers: {@code page} counts from 0, {@code size} rows at most {@link #MAX_SIZE}, so that
 * no request makes the server build a list of every row; the body stays the JSON array of the page's rows and the
 * number of all rows the request selects travels in {@link #TOTAL_HEADER}.
 */
public record ListPage(int page, int size) {

    public static final String PAGE = "page";
    public static final String SIZE = "size";
    /** The default of {@code size}, as a request parameter's default value. */
    public static final String DEFAULT_SIZE = "100";
    public static final int MAX_SIZE = 500;
    public static final String TOTAL_HEADER = "X-Total-Count";

    /** @throws IllegalArgumentException (a 400) for a page before the first or a size out of 1 to {@link #MAX_SIZE} */
    public ListPage {
        if (page < 0) {
            throw new IllegalArgumentException("page counts from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page " + page + " lies beyond any list");
        }
    }

    /** The first row of this page, counting from 0. */
    public int offset() {
        return page * size;
    }

    /** The page's rows as the answer's body, the total in its header. */
    public static <T> ResponseEntity<List<T>> answer(List<T> rows, long total) {
        return ResponseEntity.ok().header(TOTAL_HEADER, Long.toString(total)).body(rows);
    }
}
