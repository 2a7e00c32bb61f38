// Package textui is an inbound adapter: it reads commands as lines of
// text, calls the use case, and turns results and errors into replies.
package textui

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"gomastery/examples/part-08/layers/internal/domain/note"
	"gomastery/examples/part-08/layers/internal/usecase/notes"
)

// Run executes one command per line of in and writes replies to out.
func Run(in io.Reader, out io.Writer, svc *notes.Service) error {
	lines := bufio.NewScanner(in)
	for lines.Scan() {
		cmd, arg, _ := strings.Cut(lines.Text(), " ")
		fmt.Fprintf(out, "> %s\n", lines.Text())
		fmt.Fprintln(out, reply(svc, cmd, arg))
	}
	return lines.Err()
}

func reply(svc *notes.Service, cmd, arg string) string {
	switch cmd {
	case "add":
		n, err := svc.Create(arg)
		if err != nil {
			return explain(err)
		}
		return fmt.Sprintf("created note %d: %q", n.ID, n.Title)
	case "show":
		id, err := strconv.Atoi(arg)
		if err != nil {
			return "usage: show <id>"
		}
		n, err := svc.Get(id)
		if err != nil {
			return explain(err)
		}
		return fmt.Sprintf("note %d: %q", n.ID, n.Title)
	default:
		return "unknown command " + strconv.Quote(cmd)
	}
}

// explain translates domain errors into words for the user.
func explain(err error) string {
	switch {
	case errors.Is(err, note.ErrEmptyTitle):
		return "a note needs a title"
	case errors.Is(err, note.ErrNotFound):
		return "no such note"
	default:
		return "internal error: " + err.Error()
	}
}
