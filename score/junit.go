package score

import (
	"encoding/xml"
	"io"
)

// JUnit is a JUnit XML report, as CI systems read it: one test suite per kind (rule examples,
// gold records), one test case per example or record.
type JUnit struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []JUnitSuite `xml:"testsuite"`
}

// JUnitSuite is one suite.
type JUnitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Cases    []JUnitCase `xml:"testcase"`
}

// JUnitCase is one test case; Failure is set when it failed.
type JUnitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *JUnitFailure `xml:"failure,omitempty"`
}

// JUnitFailure says why a case failed.
type JUnitFailure struct {
	Message string `xml:"message,attr"`
	Text    string `xml:",chardata"`
}

// Add appends a case to the suite named suite, creating it if needed.
func (j *JUnit) Add(suite, class, name, failure, detail string) {
	var s *JUnitSuite
	for i := range j.Suites {
		if j.Suites[i].Name == suite {
			s = &j.Suites[i]
		}
	}
	if s == nil {
		j.Suites = append(j.Suites, JUnitSuite{Name: suite})
		s = &j.Suites[len(j.Suites)-1]
	}
	c := JUnitCase{Name: name, Classname: class}
	if failure != "" {
		c.Failure = &JUnitFailure{Message: failure, Text: detail}
		s.Failures++
		j.Failures++
	}
	s.Cases = append(s.Cases, c)
	s.Tests++
	j.Tests++
}

// Write writes the XML document.
func (j *JUnit) Write(w io.Writer) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(j); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
