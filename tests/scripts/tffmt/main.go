// tffmt checks Terraform files the way `terraform fmt -check` does, with the same HashiCorp
// HCL library (github.com/hashicorp/hcl/v2, Debian's golang-github-hashicorp-hcl-v2-dev).
// No terraform binary is reachable from the Debian or npm registries, so the export's tests use
// this instead.
//
// What `terraform fmt` does to a file: it parses it with hclwrite, rewrites two things
// Terraform-specific (an attribute whose whole value is one "${...}" interpolation is unwrapped;
// a variable's quoted or element-less collection type is spelled out), and writes the tokens
// back through hclwrite's formatter. This tool reports a file as unformatted when the formatter
// changes its bytes or when either rewrite applies, so it fails where `terraform fmt -check`
// fails. Syntax errors are reported with file:line:column as `terraform fmt` reports them.
//
// Usage: tffmt FILE_OR_DIR...   (directories: every *.tf and *.tfvars directly inside)
// Exit: 0 all formatted, 2 syntax error or unreadable input, 3 some file is not formatted.
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
)

// unwrappable reports whether tokens are one quoted template made of exactly one interpolation
// and nothing else at its top level, e.g. "${var.name}" (terraform fmt writes var.name).
func unwrappable(tokens hclwrite.Tokens) bool {
	n := len(tokens)
	if n < 5 || tokens[0].Type != hclsyntax.TokenOQuote || tokens[1].Type != hclsyntax.TokenTemplateInterp ||
		tokens[n-2].Type != hclsyntax.TokenTemplateSeqEnd || tokens[n-1].Type != hclsyntax.TokenCQuote {
		return false
	}
	depth := 0
	for _, t := range tokens[2 : n-2] {
		switch {
		case t.Type == hclsyntax.TokenOQuote:
			depth++
		case t.Type == hclsyntax.TokenCQuote:
			depth--
		case depth > 0:
			// inside a nested string: its own interpolations do not count
		case t.Type == hclsyntax.TokenTemplateInterp, t.Type == hclsyntax.TokenTemplateSeqEnd,
			t.Type == hclsyntax.TokenQuotedLit:
			return false
		}
	}
	return true
}

// legacyType reports a variable type terraform fmt rewrites: "string"/"list"/"map" in quotes,
// or a bare list/map/set without an element type.
func legacyType(tokens hclwrite.Tokens) bool {
	switch len(tokens) {
	case 1:
		word := string(tokens[0].Bytes)
		return tokens[0].Type == hclsyntax.TokenIdent && (word == "list" || word == "map" || word == "set")
	case 3:
		word := string(tokens[1].Bytes)
		return tokens[0].Type == hclsyntax.TokenOQuote && tokens[1].Type == hclsyntax.TokenQuotedLit &&
			tokens[2].Type == hclsyntax.TokenCQuote && (word == "string" || word == "list" || word == "map")
	}
	return false
}

// rewrites lists the Terraform-specific rewrites terraform fmt would make in body, by line.
func rewrites(body *hclwrite.Body, blocks []string, out *[]string) {
	names := make([]string, 0)
	attrs := body.Attributes()
	for name := range attrs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		tokens := attrs[name].Expr().BuildTokens(nil)
		path := strings.Join(append(append([]string{}, blocks...), name), ".")
		if len(blocks) == 1 && blocks[0] == "variable" && name == "type" {
			if legacyType(tokens) {
				*out = append(*out, fmt.Sprintf("%s: legacy type expression %q", path, tokens.Bytes()))
			}
		} else if unwrappable(tokens) {
			*out = append(*out, fmt.Sprintf("%s: interpolation-only value %s", path, bytes.TrimSpace(tokens.Bytes())))
		}
	}
	for _, block := range body.Blocks() {
		rewrites(block.Body(), append(append([]string{}, blocks...), block.Type()), out)
	}
}

// firstDifference returns the 1-based line where a and b first differ, with both versions.
func firstDifference(a, b []byte) (int, string, string) {
	al := strings.Split(string(a), "\n")
	bl := strings.Split(string(b), "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y || i >= len(al) || i >= len(bl) {
			return i + 1, x, y
		}
	}
	return 0, "", ""
}

// check returns 0, 2 or 3 for one file and prints what is wrong.
func check(path string) int {
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: cannot read: %v\n", path, err)
		return 2
	}
	if _, diags := hclsyntax.ParseConfig(src, path, hcl.InitialPos); diags.HasErrors() {
		for _, d := range diags {
			fmt.Fprintf(os.Stderr, "%s\n", d.Error())
		}
		return 2
	}
	file, diags := hclwrite.ParseConfig(src, path, hcl.InitialPos)
	if diags.HasErrors() {
		fmt.Fprintf(os.Stderr, "%s\n", diags.Error())
		return 2
	}
	var found []string
	rewrites(file.Body(), nil, &found)
	formatted := hclwrite.Format(src)
	if len(found) == 0 && bytes.Equal(formatted, src) {
		return 0
	}
	fmt.Printf("%s: not formatted as terraform fmt writes it\n", path)
	if !bytes.Equal(formatted, src) {
		line, have, want := firstDifference(src, formatted)
		fmt.Printf("  line %d\n    is:        %q\n    fmt wants: %q\n", line, have, want)
	}
	for _, f := range found {
		fmt.Printf("  %s\n", f)
	}
	return 3
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: tffmt FILE_OR_DIR...")
		os.Exit(2)
	}
	worst, files := 0, 0
	for _, arg := range os.Args[1:] {
		info, err := os.Stat(arg)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", arg, err)
			worst = 2
			continue
		}
		paths := []string{arg}
		if info.IsDir() {
			tf, _ := filepath.Glob(filepath.Join(arg, "*.tf"))
			vars, _ := filepath.Glob(filepath.Join(arg, "*.tfvars"))
			paths = append(tf, vars...)
			sort.Strings(paths)
			if len(paths) == 0 {
				fmt.Fprintf(os.Stderr, "%s: no .tf or .tfvars files\n", arg)
				worst = 2
			}
		}
		for _, p := range paths {
			files++
			rc := check(p)
			if rc == 2 || (rc == 3 && worst != 2) {
				worst = rc
			}
		}
	}
	fmt.Printf("tffmt: %d file(s) checked\n", files)
	os.Exit(worst)
}
