package pii_test

import (
	"fmt"

	"github.com/clootrack/privacy/pii"
)

type User struct {
	ID       int64
	Name     string `pii:"name"`
	Email    string `pii:"email"`
	Password string `pii:"password"`
	LastIP   string `pii:"ip"`
	Card     string `pii:"card"`
	Plan     string
}

// A Redactor copies a value with every tagged field treated for the sink: here the log, with
// the Clootrack policy's defaults.
func ExampleRedactor_Redact() {
	r, err := pii.NewRedactor(nil)
	if err != nil {
		panic(err)
	}
	u := &User{
		ID: 42, Name: "Alice Smith", Email: "alice@example.com", Password: "hunter2",
		LastIP: "203.0.113.77", Card: "4111 1111 1111 1111", Plan: "pro",
	}

	safe, err := r.Redact(pii.SinkLog, u)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", *safe.(*User))

	api, _ := r.Redact(pii.SinkAPI, u)
	fmt.Printf("%+v\n", *api.(*User))
	fmt.Println("input unchanged:", u.Email)
	// Output:
	// {ID:42 Name:A. S. Email:***@example.com Password:[REDACTED] LastIP:203.0.113.0 Card:[REDACTED] Plan:pro}
	// {ID:42 Name:A. S. Email:***@example.com Password:[REDACTED] LastIP:203.0.113.0 Card:411111******1111 Plan:pro}
	// input unchanged: alice@example.com
}
