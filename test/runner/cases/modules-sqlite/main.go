// Real SQLite (github.com/ncruces/go-sqlite3, pure Go) behind database/sql:
// constraints, RETURNING, ErrNoRows and a rolled-back transaction.
package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/ncruces/go-sqlite3"
	_ "github.com/ncruces/go-sqlite3/driver"
)

func main() {
	ctx := context.Background()
	db, err := sql.Open("sqlite3", "file:cases?mode=memory")
	if err != nil {
		panic(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)

	mustExec := func(q string, args ...any) {
		if _, err := db.ExecContext(ctx, q, args...); err != nil {
			panic(err)
		}
	}
	mustExec(`PRAGMA foreign_keys = ON`)
	mustExec(`CREATE TABLE tenants (id TEXT PRIMARY KEY)`)
	mustExec(`CREATE TABLE cases (
		id INTEGER PRIMARY KEY,
		tenant_id TEXT NOT NULL REFERENCES tenants(id),
		title TEXT NOT NULL CHECK (length(title) > 0),
		version INTEGER NOT NULL DEFAULT 1,
		UNIQUE (tenant_id, title))`)
	mustExec(`INSERT INTO tenants (id) VALUES ('acme'), ('globex')`)

	var id int64
	err = db.QueryRowContext(ctx,
		`INSERT INTO cases (tenant_id, title) VALUES (?, ?) RETURNING id`, "acme", "Broken login").Scan(&id)
	fmt.Println("inserted id:", id, err)

	_, err = db.ExecContext(ctx, `INSERT INTO cases (tenant_id, title) VALUES (?, ?)`, "acme", "Broken login")
	var serr *sqlite3.Error
	fmt.Println("duplicate:", errors.As(err, &serr) && serr.ExtendedCode() == sqlite3.CONSTRAINT_UNIQUE)

	_, err = db.ExecContext(ctx, `INSERT INTO cases (tenant_id, title) VALUES (?, ?)`, "nobody", "x")
	fmt.Println("foreign key:", errors.As(err, &serr) && serr.ExtendedCode() == sqlite3.CONSTRAINT_FOREIGNKEY)

	_, err = db.ExecContext(ctx, `INSERT INTO cases (tenant_id, title) VALUES (?, ?)`, "acme", "")
	fmt.Println("check:", errors.As(err, &serr) && serr.ExtendedCode() == sqlite3.CONSTRAINT_CHECK)

	var title string
	err = db.QueryRowContext(ctx, `SELECT title FROM cases WHERE tenant_id = ? AND id = ?`, "globex", id).Scan(&title)
	fmt.Println("other tenant:", errors.Is(err, sql.ErrNoRows))

	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		panic(err)
	}
	res, err := tx.ExecContext(ctx, `UPDATE cases SET title = ?, version = version + 1 WHERE id = ? AND version = ?`, "Login fixed", id, 1)
	if err != nil {
		panic(err)
	}
	n, _ := res.RowsAffected()
	fmt.Println("updated rows:", n)
	fmt.Println("rollback:", tx.Rollback())

	var version int
	err = db.QueryRowContext(ctx, `SELECT title, version FROM cases WHERE id = ?`, id).Scan(&title, &version)
	fmt.Println("after rollback:", title, version, err)

	var sqliteVersion string
	_ = db.QueryRowContext(ctx, `SELECT sqlite_version()`).Scan(&sqliteVersion)
	fmt.Println("sqlite version known:", sqliteVersion != "")
}
