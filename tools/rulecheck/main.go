// Command rulecheck runs Prometheus's own rule checks without building all of promtool (whose
// service-discovery dependencies take longer to build than the whole test suite may run):
//
//	rulecheck check rules FILE...  rulefmt.ParseFile, as `promtool check rules` (+ duplicates)
//	rulecheck test rules FILE...   promtool's unit-test runner (unittest.go, copied unchanged)
//	rulecheck names                PromQL expressions in (one JSON string per line), the metric
//	                               names each one selects out (one JSON object per line)
//
// The Prometheus version is pinned in go.mod/go.sum: the same as the prom/prometheus image in
// docker-compose.yml, so rules are parsed and evaluated by the code that will load them.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/model/rulefmt"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/promql/promqltest"
	"github.com/prometheus/prometheus/rules"
)

// Exit codes unittest.go expects from promtool's main.go.
const (
	successExitCode = 0
	failureExitCode = 1
)

const usage = "usage: rulecheck check rules FILE... | rulecheck test rules FILE... | rulecheck names"

func main() {
	args := os.Args[1:]
	switch {
	case len(args) >= 3 && args[0] == "check" && args[1] == "rules":
		os.Exit(checkRules(args[2:]))
	case len(args) >= 3 && args[0] == "test" && args[1] == "rules":
		// The options `promtool test rules` uses.
		os.Exit(RulesUnitTest(promqltest.LazyLoaderOpts{
			EnableAtModifier: true, EnableNegativeOffset: true,
		}, nil, false, false, false, args[2:]...))
	case len(args) == 1 && args[0] == "names":
		os.Exit(names())
	default:
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
}

// checkRules mirrors promtool's checkRules/checkRuleGroups: parse (which also parses every
// expression and template), then refuse duplicate rules; output in promtool's words.
func checkRules(files []string) int {
	failed := false
	for _, f := range files {
		fmt.Println("Checking", f)
		rgs, errs := rulefmt.ParseFile(f, false)
		if errs == nil {
			errs = duplicates(rgs)
		}
		if errs != nil {
			failed = true
			fmt.Fprintln(os.Stderr, "  FAILED:")
			for _, e := range errs {
				fmt.Fprintln(os.Stderr, e.Error())
			}
			continue
		}
		n := 0
		for _, g := range rgs.Groups {
			n += len(g.Rules)
		}
		fmt.Printf("  SUCCESS: %d rules found\n\n", n)
	}
	if failed {
		return 1
	}
	return 0
}

func duplicates(rgs *rulefmt.RuleGroups) []error {
	seen := map[string]bool{}
	var errs []error
	for _, g := range rgs.Groups {
		for _, r := range g.Rules {
			name := r.Alert
			if name == "" {
				name = r.Record
			}
			key := name + rules.FromMaps(g.Labels, r.Labels).String()
			if seen[key] {
				errs = append(errs, fmt.Errorf("duplicate rule: %s", key))
			}
			seen[key] = true
		}
	}
	return errs
}

type selected struct {
	Expr  string   `json:"expr"`
	Names []string `json:"names"`
	Error string   `json:"error,omitempty"`
}

// metricNames lists the metric of every vector selector; a selector without a fixed name is
// returned as its text in braces, so the caller sees (and rejects) it.
func metricNames(expr parser.Expr) []string {
	out := []string{}
	parser.Inspect(expr, func(node parser.Node, _ []parser.Node) error {
		vs, ok := node.(*parser.VectorSelector)
		if !ok {
			return nil
		}
		name := vs.Name
		for _, m := range vs.LabelMatchers {
			if name == "" && m.Name == labels.MetricName && m.Type == labels.MatchEqual {
				name = m.Value
			}
		}
		if name == "" {
			name = "{" + vs.String() + "}"
		}
		out = append(out, name)
		return nil
	})
	sort.Strings(out)
	return out
}

func names() int {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 0, 1<<16), 1<<22)
	enc := json.NewEncoder(os.Stdout)
	for in.Scan() {
		if strings.TrimSpace(in.Text()) == "" {
			continue
		}
		var r selected
		if err := json.Unmarshal(in.Bytes(), &r.Expr); err != nil {
			fmt.Fprintln(os.Stderr, "rulecheck names: each line must be a JSON string:", err)
			return 2
		}
		if expr, err := parser.ParseExpr(r.Expr); err != nil {
			r.Error = err.Error()
		} else {
			r.Names = metricNames(expr)
		}
		if err := enc.Encode(r); err != nil {
			fmt.Fprintln(os.Stderr, "rulecheck names:", err)
			return 2
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "rulecheck names:", err)
		return 2
	}
	return 0
}
